package dev.keysmith.adapters.persistence.integrator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class IntegratorPanacheRepository implements PanacheRepositoryBase<IntegratorJpaEntity, UUID> {}
