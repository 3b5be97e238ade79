package dev.keysmith.application.port.out;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.shared.NotFoundException;

/** No such account, or not one the caller may see: the two answers are the same on purpose. */
public final class AccountNotFoundException extends NotFoundException {

    public AccountNotFoundException(AccountId id) {
        super("ACCOUNT_NOT_FOUND", "no account " + id);
    }
}
