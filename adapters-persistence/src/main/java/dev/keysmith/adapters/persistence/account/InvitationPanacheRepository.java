package dev.keysmith.adapters.persistence.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class InvitationPanacheRepository implements PanacheRepositoryBase<InvitationJpaEntity, UUID> {}
