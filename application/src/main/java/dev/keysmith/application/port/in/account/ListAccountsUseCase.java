package dev.keysmith.application.port.in.account;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.domain.account.Account;

/** Operators see every account; people see the accounts they belong to and their sub-accounts. */
public interface ListAccountsUseCase {

    Page<Account> listAccounts(Caller caller, String after, Integer limit);
}
