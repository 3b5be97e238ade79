package dev.keysmith.adapters.persistence.product;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class ProductPanacheRepository implements PanacheRepositoryBase<ProductJpaEntity, String> {}
