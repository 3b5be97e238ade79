package dev.keysmith.adapters.persistence.key;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "api_key")
public class ApiKeyJpaEntity {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false, updatable = false)
    public UUID accountId;

    @Column(name = "product_code", nullable = false, updatable = false)
    public String productCode;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, columnDefinition = "text[]")
    public String[] scopes;

    @Column(name = "ip_allowlist", nullable = false, columnDefinition = "text[]")
    public String[] ipAllowlist;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "created_by", updatable = false)
    public UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(nullable = false)
    public String status;

    @Column(name = "secret_hash")
    public String secretHash;

    @Column(nullable = false)
    public String hint;

    @Column(name = "replaced_by")
    public UUID replacedBy;

    @Column(name = "grace_until")
    public Instant graceUntil;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "expired_at")
    public Instant expiredAt;

    @Column(nullable = false)
    public long version;
}
