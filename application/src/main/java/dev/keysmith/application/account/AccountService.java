package dev.keysmith.application.account;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.account.ChangeAccountStatusUseCase;
import dev.keysmith.application.port.in.account.CreateAccountUseCase;
import dev.keysmith.application.port.in.account.GetAccountUseCase;
import dev.keysmith.application.port.in.account.ListAccountsUseCase;
import dev.keysmith.application.port.out.AccountChangedPort;
import dev.keysmith.application.port.out.AccountNotFoundException;
import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountName;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;
import dev.keysmith.domain.user.Email;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Opening accounts, reading them, and moving them between ONBOARDING, APPROVED and SUSPENDED. */
public final class AccountService
        implements CreateAccountUseCase, GetAccountUseCase, ListAccountsUseCase, ChangeAccountStatusUseCase {

    private final AccountPort accounts;
    private final AccountGate gate;
    private final InvitationSender invitations;
    private final AccountChangedPort changes;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public AccountService(
            AccountPort accounts,
            AccountGate gate,
            InvitationSender invitations,
            AccountChangedPort changes,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.gate = gate;
        this.invitations = invitations;
        this.changes = changes;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CreatedAccount createAccount(CreateAccountCommand command) {
        command.caller().requireOperator();
        AccountName name = Require.present(command.name(), "name");
        Email owner = Require.present(command.ownerEmail(), "ownerEmail");
        return transactions.inTransaction(() -> {
            Account master = command.parentAccountId() == null
                    ? null
                    : accounts.loadAccount(command.parentAccountId())
                            .orElseThrow(() -> new InvalidValueException(
                                    "parentAccountId", "no account " + command.parentAccountId()));
            Account account = Account.open(AccountId.random(), name, master, clock.instant());
            accounts.insertAccount(account);
            audit.record(
                    command.caller(),
                    AuditAction.ACCOUNT_CREATED,
                    "account",
                    account.id(),
                    account.id(),
                    master == null
                            ? Map.of("name", name.value())
                            : Map.of(
                                    "name",
                                    name.value(),
                                    "parentAccountId",
                                    master.id().toString()));
            return new CreatedAccount(account, invitations.invite(command.caller(), account, owner, Role.SUPERADMIN));
        });
    }

    @Override
    public Account getAccount(GetAccountQuery query) {
        Caller caller = query.caller();
        AccountId id = query.account();
        return gate.requireViewer(caller, id);
    }

    @Override
    public Page<Account> listAccounts(ListAccountsQuery query) {
        Caller caller = query.caller();
        String after = query.after();
        Integer limit = query.limit();
        int size = Page.limit(limit);
        AccountId cursor = after == null || after.isBlank() ? null : AccountId.parse(after);
        List<Account> found = caller.operator()
                ? accounts.loadAccounts(cursor, size + 1)
                : accounts.loadAccountsVisibleTo(caller.userId(), cursor, size + 1);
        boolean more = found.size() > size;
        List<Account> page = more ? found.subList(0, size) : found;
        return new Page<>(page, more ? page.get(page.size() - 1).id().toString() : null);
    }

    @Override
    public Account approve(ApproveAccountCommand command) {
        Caller caller = command.caller();
        AccountId id = command.account();
        return move(caller, id, Account::approve, AuditAction.ACCOUNT_APPROVED);
    }

    @Override
    public Account suspend(SuspendAccountCommand command) {
        Caller caller = command.caller();
        AccountId id = command.account();
        return move(caller, id, Account::suspend, AuditAction.ACCOUNT_SUSPENDED);
    }

    @Override
    public Account reinstate(ReinstateAccountCommand command) {
        Caller caller = command.caller();
        AccountId id = command.account();
        return move(caller, id, Account::reinstate, AuditAction.ACCOUNT_REINSTATED);
    }

    private Account move(Caller caller, AccountId id, UnaryOperator<Account> transition, AuditAction action) {
        caller.requireOperator();
        return transactions.inTransaction(() -> {
            Account account = accounts.lockAccount(id).orElseThrow(() -> new AccountNotFoundException(id));
            Account moved = transition.apply(account);
            accounts.updateAccount(moved);
            audit.record(
                    caller,
                    action,
                    "account",
                    id,
                    id,
                    Map.of("from", account.status().name(), "to", moved.status().name()));
            changes.accountChanged(id);
            return moved;
        });
    }
}
