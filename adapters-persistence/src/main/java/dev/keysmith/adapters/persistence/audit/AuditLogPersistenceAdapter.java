package dev.keysmith.adapters.persistence.audit;

import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Appends to and reads the audit trail; there is deliberately no way to change or remove an event. */
@ApplicationScoped
public class AuditLogPersistenceAdapter implements AuditLogPort {

    private static final String APPEND_ALL = """
            INSERT INTO audit_event (id, occurred_at, actor_type, actor_id, action, target_type, target_id, account_id,
                                     client_ip, details)
            SELECT e.id, e.occurred_at::timestamptz, e.actor_type, e.actor_id, e.action, e.target_type, e.target_id,
                   e.account_id, e.client_ip, e.details::jsonb
              FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[],
                          ?::text[], ?::text[])
                   WITH ORDINALITY AS e(id, occurred_at, actor_type, actor_id, action, target_type, target_id,
                                        account_id, client_ip, details, position)
             ORDER BY e.position""";

    private final AuditEventPanacheRepository repository;
    private final DataSource dataSource;

    AuditLogPersistenceAdapter(AuditEventPanacheRepository repository, DataSource dataSource) {
        this.repository = repository;
        this.dataSource = dataSource;
    }

    @Override
    public void append(AuditEvent event) {
        repository.persist(AuditEventMapper.toEntity(event));
    }

    /** One statement for a whole sweep batch, in the given order. */
    @Override
    public void appendAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<AuditEventJpaEntity> rows =
                events.stream().map(AuditEventMapper::toEntity).toList();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(APPEND_ALL)) {
            statement.setArray(
                    1,
                    connection.createArrayOf(
                            "uuid", rows.stream().map(r -> r.id).toArray()));
            statement.setArray(
                    2,
                    connection.createArrayOf(
                            "text",
                            rows.stream().map(r -> r.occurredAt.toString()).toArray()));
            statement.setArray(
                    3,
                    connection.createArrayOf(
                            "text", rows.stream().map(r -> r.actorType.name()).toArray()));
            statement.setArray(
                    4,
                    connection.createArrayOf(
                            "text", rows.stream().map(r -> r.actorId).toArray()));
            statement.setArray(
                    5,
                    connection.createArrayOf(
                            "text", rows.stream().map(r -> r.action).toArray()));
            statement.setArray(
                    6,
                    connection.createArrayOf(
                            "text", rows.stream().map(r -> r.targetType).toArray()));
            statement.setArray(
                    7,
                    connection.createArrayOf(
                            "text", rows.stream().map(r -> r.targetId).toArray()));
            statement.setArray(
                    8,
                    connection.createArrayOf(
                            "uuid", rows.stream().map(r -> r.accountId).toArray()));
            statement.setArray(
                    9,
                    connection.createArrayOf(
                            "text", rows.stream().map(r -> r.clientIp).toArray()));
            statement.setArray(
                    10,
                    connection.createArrayOf(
                            "text", rows.stream().map(r -> r.details).toArray()));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not append audit events", e);
        }
    }

    @Override
    public List<PositionedEvent> loadEvents(
            AccountId account, AuditAction action, String targetId, Long afterCursor, int limit) {
        StringBuilder hql = new StringBuilder("from AuditEventJpaEntity e where 1 = 1");
        if (account != null) {
            hql.append(" and e.accountId = :account");
        }
        if (action != null) {
            hql.append(" and e.action = :action");
        }
        if (targetId != null) {
            hql.append(" and e.targetId = :targetId");
        }
        if (afterCursor != null) {
            hql.append(" and e.position < :after");
        }
        hql.append(" order by e.position desc");
        TypedQuery<AuditEventJpaEntity> query =
                repository.getEntityManager().createQuery(hql.toString(), AuditEventJpaEntity.class);
        if (account != null) {
            query.setParameter("account", account.value());
        }
        if (action != null) {
            query.setParameter("action", action.name());
        }
        if (targetId != null) {
            query.setParameter("targetId", targetId);
        }
        if (afterCursor != null) {
            query.setParameter("after", afterCursor);
        }
        return query.setMaxResults(limit).getResultList().stream()
                .map(AuditEventMapper::toDomain)
                .toList();
    }
}
