package dev.keysmith.adapters.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "app_user")
public class UserJpaEntity {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "email", nullable = false)
    public String email;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "pin_hash")
    public String pinHash;

    @Column(name = "pin_failures", nullable = false)
    public int pinFailures;

    @Column(name = "pin_locked_until")
    public Instant pinLockedUntil;

    @Column(name = "pin_disabled", nullable = false)
    public boolean pinDisabled;

    @Column(name = "operator", nullable = false)
    public boolean operator;

    @Column(name = "active", nullable = false)
    public boolean active;

    @Column(name = "token_generation", nullable = false)
    public long tokenGeneration;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
