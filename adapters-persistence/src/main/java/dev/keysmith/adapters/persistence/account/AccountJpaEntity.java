package dev.keysmith.adapters.persistence.account;

import dev.keysmith.domain.account.AccountStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "account")
public class AccountJpaEntity {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "parent_id", updatable = false)
    public UUID parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public AccountStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
