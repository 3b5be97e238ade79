package dev.keysmith.adapters.persistence.verifier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "verifier_client")
public class VerifierClientJpaEntity {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    public String clientId;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "products", nullable = false, columnDefinition = "text[]")
    public String[] products;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "enabled", nullable = false)
    public boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "secret_rolled_at")
    public Instant secretRolledAt;

    @Column(name = "token_generation", nullable = false)
    public long tokenGeneration;
}
