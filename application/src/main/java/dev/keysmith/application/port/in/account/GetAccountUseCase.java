package dev.keysmith.application.port.in.account;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;

/** Reads one account: its members and operators may. */
public interface GetAccountUseCase {

    Account getAccount(GetAccountQuery query);

    record GetAccountQuery(Caller caller, AccountId account) {}
}
