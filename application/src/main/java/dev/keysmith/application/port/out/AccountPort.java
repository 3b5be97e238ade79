package dev.keysmith.application.port.out;

import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Loads and stores accounts. */
public interface AccountPort {

    Optional<Account> loadAccount(AccountId id);

    /** Locks the account row until the transaction ends, to serialise changes to its members. */
    Optional<Account> lockAccount(AccountId id);

    /** All accounts ordered by id, after the cursor id (exclusive) when given. */
    List<Account> loadAccounts(AccountId after, int limit);

    /** Accounts the user is a member of, and the sub-accounts of those, ordered by id. */
    List<Account> loadAccountsVisibleTo(UserId user, AccountId after, int limit);

    List<Account> loadSubAccounts(AccountId master);

    void insertAccount(Account account);

    void updateAccount(Account account);
}
