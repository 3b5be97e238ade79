package dev.keysmith.application.port.in.account;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.domain.account.Account;

/** Operators see every account; people see the accounts they belong to and their sub-accounts. */
public interface ListAccountsUseCase {

    Page<Account> listAccounts(ListAccountsQuery query);

    /** {@code after} and {@code limit} page the list; both may be null. */
    record ListAccountsQuery(Caller caller, String after, Integer limit) {}
}
