package dev.keysmith.domain.account;

import dev.keysmith.domain.shared.Require;
import dev.keysmith.domain.user.UserId;

/** A person's role in one account. */
public record Membership(AccountId accountId, UserId userId, Role role) {

    public Membership {
        Require.present(accountId, "accountId");
        Require.present(userId, "userId");
        Require.present(role, "role");
    }
}
