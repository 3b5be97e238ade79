package dev.keysmith.adapters.persistence.account;

import dev.keysmith.adapters.persistence.shared.RowLocks;
import dev.keysmith.application.port.out.AccountNotFoundException;
import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.user.UserId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Stores customer accounts; lists page by account id. */
@ApplicationScoped
public class AccountPersistenceAdapter implements AccountPort {

    private static final String VISIBLE_TO = """
            from AccountJpaEntity a
            where (a.id in (select m.accountId from MembershipJpaEntity m where m.userId = :user)
                or a.parentId in (select m.accountId from MembershipJpaEntity m where m.userId = :user))""";

    private final AccountPanacheRepository repository;

    AccountPersistenceAdapter(AccountPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Account> loadAccount(AccountId id) {
        return repository.findByIdOptional(id.value()).map(AccountMapper::toDomain);
    }

    @Override
    public Optional<Account> lockAccount(AccountId id) {
        return RowLocks.lock(repository.getEntityManager(), AccountJpaEntity.class, id.value())
                .map(AccountMapper::toDomain);
    }

    @Override
    public List<Account> loadAccounts(AccountId after, int limit) {
        var query = after == null
                ? repository.findAll(Sort.by("id"))
                : repository.find("id > ?1", Sort.by("id"), after.value());
        return query.range(0, limit - 1).list().stream()
                .map(AccountMapper::toDomain)
                .toList();
    }

    @Override
    public List<Account> loadAccountsVisibleTo(UserId user, AccountId after, int limit) {
        TypedQuery<AccountJpaEntity> query = repository
                .getEntityManager()
                .createQuery(
                        VISIBLE_TO + (after == null ? "" : " and a.id > :after") + " order by a.id",
                        AccountJpaEntity.class);
        query.setParameter("user", user.value());
        if (after != null) {
            query.setParameter("after", after.value());
        }
        return query.setMaxResults(limit).getResultList().stream()
                .map(AccountMapper::toDomain)
                .toList();
    }

    @Override
    public List<Account> loadSubAccounts(AccountId master) {
        return repository.list("parentId", Sort.by("name").and("id"), master.value()).stream()
                .map(AccountMapper::toDomain)
                .toList();
    }

    @Override
    public void insertAccount(Account account) {
        AccountJpaEntity entity = new AccountJpaEntity();
        AccountMapper.copyInto(account, entity);
        repository.persist(entity);
    }

    @Override
    public void updateAccount(Account account) {
        AccountJpaEntity entity = repository
                .findByIdOptional(account.id().value())
                .orElseThrow(() -> new AccountNotFoundException(account.id()));
        AccountMapper.copyInto(account, entity);
    }
}
