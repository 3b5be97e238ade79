package dev.keysmith.adapters.persistence.key;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class ApiKeyPanacheRepository implements PanacheRepositoryBase<ApiKeyJpaEntity, UUID> {}
