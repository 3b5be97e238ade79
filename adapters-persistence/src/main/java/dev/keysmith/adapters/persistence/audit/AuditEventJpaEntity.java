package dev.keysmith.adapters.persistence.audit;

import dev.keysmith.domain.audit.ActorType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/** One row of the append-only trail; Hibernate never writes it twice and the database refuses changes. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEventJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "position", updatable = false)
    public Long position;

    @Column(name = "id", nullable = false, updatable = false)
    public UUID id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type", nullable = false, updatable = false)
    public ActorType actorType;

    @Column(name = "actor_id", updatable = false)
    public String actorId;

    @Column(name = "action", nullable = false, updatable = false)
    public String action;

    @Column(name = "target_type", updatable = false)
    public String targetType;

    @Column(name = "target_id", updatable = false)
    public String targetId;

    @Column(name = "account_id", updatable = false)
    public UUID accountId;

    @Column(name = "client_ip", updatable = false)
    public String clientIp;

    /** A JSON object of string values, kept as jsonb. */
    @ColumnTransformer(write = "cast(? as jsonb)")
    @Column(name = "details", nullable = false, updatable = false)
    public String details;
}
