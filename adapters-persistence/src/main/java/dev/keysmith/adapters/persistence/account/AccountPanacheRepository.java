package dev.keysmith.adapters.persistence.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class AccountPanacheRepository implements PanacheRepositoryBase<AccountJpaEntity, UUID> {}
