package dev.keysmith.adapters.persistence.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class MembershipPanacheRepository implements PanacheRepositoryBase<MembershipJpaEntity, MembershipJpaEntity.Key> {}
