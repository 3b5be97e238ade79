package dev.keysmith.adapters.persistence.account;

import dev.keysmith.adapters.persistence.shared.RowLocks;
import dev.keysmith.application.port.out.InvitationPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Invitation;
import dev.keysmith.domain.account.Invitation.InvitationNotUsableException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Stores invitations, found by the digest of their token. */
@ApplicationScoped
public class InvitationPersistenceAdapter implements InvitationPort {

    private final InvitationPanacheRepository repository;

    InvitationPersistenceAdapter(InvitationPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public void insertInvitation(Invitation invitation) {
        InvitationJpaEntity entity = new InvitationJpaEntity();
        InvitationMapper.copyInto(invitation, entity);
        repository.persist(entity);
    }

    @Override
    public Optional<Invitation> lockInvitationByDigest(String tokenDigest) {
        return repository
                .find("tokenDigest", tokenDigest)
                .firstResultOptional()
                .flatMap(found -> RowLocks.lock(repository.getEntityManager(), InvitationJpaEntity.class, found.id))
                .map(InvitationMapper::toDomain);
    }

    @Override
    public void updateInvitation(Invitation invitation) {
        InvitationJpaEntity entity =
                repository.findByIdOptional(invitation.id()).orElseThrow(InvitationNotUsableException::new);
        InvitationMapper.copyInto(invitation, entity);
    }

    @Override
    public List<Invitation> loadInvitations(AccountId account) {
        return repository.list("accountId", Sort.by("createdAt").and("id"), account.value()).stream()
                .map(InvitationMapper::toDomain)
                .toList();
    }
}
