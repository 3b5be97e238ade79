package dev.keysmith.domain.account;

import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;
import java.time.Instant;

/** A customer of the platform; may be the sub-account of one master account (one level deep). */
public record Account(AccountId id, AccountName name, AccountId parentId, AccountStatus status, Instant createdAt) {

    public Account {
        Require.present(id, "id");
        Require.present(name, "name");
        Require.present(status, "status");
        Require.present(createdAt, "createdAt");
        if (id.equals(parentId)) {
            throw new InvalidValueException("parentAccountId", "an account cannot be its own parent");
        }
    }

    /** A new account starts ONBOARDING; a sub-account's master must itself be a top-level account. */
    public static Account open(AccountId id, AccountName name, Account master, Instant now) {
        if (master != null && master.isSubAccount()) {
            throw new InvalidValueException("parentAccountId", "sub-accounts cannot have sub-accounts");
        }
        return new Account(id, name, master == null ? null : master.id(), AccountStatus.ONBOARDING, now);
    }

    public boolean isSubAccount() {
        return parentId != null;
    }

    public Account approve() {
        return moveTo(AccountStatus.ONBOARDING, AccountStatus.APPROVED, "approve");
    }

    public Account suspend() {
        return moveTo(AccountStatus.APPROVED, AccountStatus.SUSPENDED, "suspend");
    }

    public Account reinstate() {
        return moveTo(AccountStatus.SUSPENDED, AccountStatus.APPROVED, "reinstate");
    }

    public void requireApproved(String action) {
        if (status != AccountStatus.APPROVED) {
            throw AccountStatusConflictException.notApproved(status, action);
        }
    }

    private Account moveTo(AccountStatus from, AccountStatus to, String action) {
        if (status != from) {
            throw AccountStatusConflictException.illegalMove(status, action);
        }
        return new Account(id, name, parentId, to, createdAt);
    }
}
