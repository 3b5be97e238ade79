package dev.keysmith.application.port.in.account;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;

/** Operators approve, suspend and reinstate accounts. */
public interface ChangeAccountStatusUseCase {

    Account approve(Caller caller, AccountId id);

    Account suspend(Caller caller, AccountId id);

    Account reinstate(Caller caller, AccountId id);
}
