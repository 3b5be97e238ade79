package dev.keysmith.adapters.persistence.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class AuditEventPanacheRepository implements PanacheRepositoryBase<AuditEventJpaEntity, Long> {}
