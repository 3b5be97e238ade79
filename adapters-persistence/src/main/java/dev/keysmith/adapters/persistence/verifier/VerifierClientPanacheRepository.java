package dev.keysmith.adapters.persistence.verifier;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class VerifierClientPanacheRepository implements PanacheRepositoryBase<VerifierClientJpaEntity, UUID> {}
