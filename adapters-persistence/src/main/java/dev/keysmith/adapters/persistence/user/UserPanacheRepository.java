package dev.keysmith.adapters.persistence.user;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class UserPanacheRepository implements PanacheRepositoryBase<UserJpaEntity, UUID> {}
