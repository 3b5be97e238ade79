package dev.keysmith.domain.account;

import dev.keysmith.domain.shared.ConflictException;

/** The account is not in a state that allows the requested change or action. */
public final class AccountStatusConflictException extends ConflictException {

    private AccountStatusConflictException(String code, String message) {
        super(code, message);
    }

    static AccountStatusConflictException notApproved(AccountStatus status, String action) {
        return new AccountStatusConflictException(
                "ACCOUNT_NOT_APPROVED", "cannot " + action + " while the account is " + status);
    }

    static AccountStatusConflictException illegalMove(AccountStatus status, String action) {
        return new AccountStatusConflictException(
                "ACCOUNT_STATUS_CONFLICT", "cannot " + action + " an account that is " + status);
    }
}
