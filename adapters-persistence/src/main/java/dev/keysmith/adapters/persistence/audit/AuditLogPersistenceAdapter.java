package dev.keysmith.adapters.persistence.audit;

import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Appends to and reads the audit trail; there is deliberately no way to change or remove an event. */
@ApplicationScoped
public class AuditLogPersistenceAdapter implements AuditLogPort {

    private final AuditEventPanacheRepository repository;

    AuditLogPersistenceAdapter(AuditEventPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public void append(AuditEvent event) {
        repository.persist(AuditEventMapper.toEntity(event));
    }

    @Override
    public List<PositionedEvent> loadEvents(AccountId account, String action, String targetId, Long afterCursor,
            int limit) {
        StringBuilder hql = new StringBuilder("from AuditEventJpaEntity e where e.accountId = :account");
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
        query.setParameter("account", account.value());
        if (action != null) {
            query.setParameter("action", action);
        }
        if (targetId != null) {
            query.setParameter("targetId", targetId);
        }
        if (afterCursor != null) {
            query.setParameter("after", afterCursor);
        }
        return query.setMaxResults(limit).getResultList().stream().map(AuditEventMapper::toDomain).toList();
    }
}
