package dev.keysmith.adapters.persistence.access;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class ProductAccessPanacheRepository
        implements PanacheRepositoryBase<ProductAccessJpaEntity, ProductAccessJpaEntity.Key> {}
