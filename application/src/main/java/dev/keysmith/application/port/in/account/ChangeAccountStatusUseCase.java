package dev.keysmith.application.port.in.account;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;

/** Operators approve, suspend and reinstate accounts. */
public interface ChangeAccountStatusUseCase {

    Account approve(ApproveAccountCommand command);

    Account suspend(SuspendAccountCommand command);

    Account reinstate(ReinstateAccountCommand command);

    record ApproveAccountCommand(Caller caller, AccountId account) {}

    record SuspendAccountCommand(Caller caller, AccountId account) {}

    record ReinstateAccountCommand(Caller caller, AccountId account) {}
}
