package dev.keysmith.adapters.persistence.user;

import dev.keysmith.adapters.persistence.shared.RowLocks;
import dev.keysmith.application.port.out.OperatorInvitationPort;
import dev.keysmith.domain.account.Invitation.InvitationNotUsableException;
import dev.keysmith.domain.user.OperatorInvitation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Stores operator invitations, found by the digest of their token. */
@ApplicationScoped
public class OperatorInvitationPersistenceAdapter implements OperatorInvitationPort {

    private final OperatorInvitationPanacheRepository repository;

    OperatorInvitationPersistenceAdapter(OperatorInvitationPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public void insertOperatorInvitation(OperatorInvitation invitation) {
        OperatorInvitationJpaEntity entity = new OperatorInvitationJpaEntity();
        OperatorInvitationMapper.copyInto(invitation, entity);
        repository.persist(entity);
    }

    @Override
    public Optional<OperatorInvitation> lockOperatorInvitationByDigest(String tokenDigest) {
        return repository
                .find("tokenDigest", tokenDigest)
                .firstResultOptional()
                .flatMap(found ->
                        RowLocks.lock(repository.getEntityManager(), OperatorInvitationJpaEntity.class, found.id))
                .map(OperatorInvitationMapper::toDomain);
    }

    @Override
    public void updateOperatorInvitation(OperatorInvitation invitation) {
        OperatorInvitationJpaEntity entity =
                repository.findByIdOptional(invitation.id()).orElseThrow(InvitationNotUsableException::new);
        OperatorInvitationMapper.copyInto(invitation, entity);
    }
}
