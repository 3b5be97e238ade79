package dev.keysmith.adapters.persistence.account;

import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountName;

final class AccountMapper {

    private AccountMapper() {}

    static Account toDomain(AccountJpaEntity entity) {
        return new Account(
                new AccountId(entity.id),
                new AccountName(entity.name),
                entity.parentId == null ? null : new AccountId(entity.parentId),
                entity.status,
                entity.createdAt);
    }

    static void copyInto(Account account, AccountJpaEntity entity) {
        entity.id = account.id().value();
        entity.name = account.name().value();
        entity.parentId = account.parentId() == null ? null : account.parentId().value();
        entity.status = account.status();
        entity.createdAt = account.createdAt();
    }
}
