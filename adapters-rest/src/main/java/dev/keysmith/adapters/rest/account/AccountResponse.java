package dev.keysmith.adapters.rest.account;

import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountStatus;
import java.time.Instant;
import java.util.UUID;

public record AccountResponse(UUID id, String name, UUID parentAccountId, AccountStatus status, Instant createdAt) {

    public static AccountResponse from(Account account) {
        return new AccountResponse(
                account.id().value(),
                account.name().value(),
                account.parentId() == null ? null : account.parentId().value(),
                account.status(),
                account.createdAt());
    }
}
