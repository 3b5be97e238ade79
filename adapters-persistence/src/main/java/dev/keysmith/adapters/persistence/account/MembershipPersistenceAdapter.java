package dev.keysmith.adapters.persistence.account;

import dev.keysmith.application.port.out.MembershipPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.user.UserId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Stores who belongs to which account with which role. */
@ApplicationScoped
public class MembershipPersistenceAdapter implements MembershipPort {

    private final MembershipPanacheRepository repository;

    MembershipPersistenceAdapter(MembershipPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Membership> loadMembership(AccountId account, UserId user) {
        return repository.findByIdOptional(MembershipMapper.key(account, user)).map(MembershipMapper::toDomain);
    }

    @Override
    public List<Membership> loadMembers(AccountId account) {
        return repository.list("accountId", Sort.by("userId"), account.value()).stream()
                .map(MembershipMapper::toDomain)
                .toList();
    }

    @Override
    public List<Membership> loadMembershipsOf(UserId user) {
        return repository.list("userId", Sort.by("accountId"), user.value()).stream()
                .map(MembershipMapper::toDomain)
                .toList();
    }

    @Override
    public void saveMembership(Membership membership) {
        Optional<MembershipJpaEntity> existing =
                repository.findByIdOptional(MembershipMapper.key(membership.accountId(), membership.userId()));
        if (existing.isPresent()) {
            MembershipMapper.copyInto(membership, existing.get());
        } else {
            MembershipJpaEntity entity = new MembershipJpaEntity();
            MembershipMapper.copyInto(membership, entity);
            repository.persist(entity);
        }
    }

    @Override
    public void deleteMembership(AccountId account, UserId user) {
        repository.findByIdOptional(MembershipMapper.key(account, user)).ifPresent(repository::delete);
    }
}
