package dev.keysmith.adapters.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "operator_invitation")
public class OperatorInvitationJpaEntity {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "email", nullable = false)
    public String email;

    @Column(name = "token_digest", nullable = false, updatable = false)
    public String tokenDigest;

    @Column(name = "invited_by", nullable = false, updatable = false)
    public UUID invitedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;
}
