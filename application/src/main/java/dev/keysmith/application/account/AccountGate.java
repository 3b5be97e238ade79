package dev.keysmith.application.account;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.out.AccountNotFoundException;
import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.application.port.out.MembershipPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.shared.PermissionDeniedException;
import java.util.Optional;

/**
 * Decides whether a caller may act on an account. A member's role in a master account also counts in its
 * sub-accounts (agency view). Callers with no role there get a 404, never a hint that the account exists.
 */
public final class AccountGate {

    private final AccountPort accounts;
    private final MembershipPort memberships;

    public AccountGate(AccountPort accounts, MembershipPort memberships) {
        this.accounts = accounts;
        this.memberships = memberships;
    }

    /** The account, if the caller holds at least {@code minimum} in it or in its master account. */
    public Account requireRole(Caller caller, AccountId id, Role minimum) {
        Account account = accounts.loadAccount(id).orElseThrow(() -> new AccountNotFoundException(id));
        Optional<Role> role = effectiveRole(caller, account);
        if (role.isEmpty()) {
            if (caller.operator()) {
                throw new PermissionDeniedException("operators do not act inside customer accounts; "
                        + "this needs the " + minimum + " role in the account");
            }
            throw new AccountNotFoundException(id);
        }
        if (!role.get().includes(minimum)) {
            throw new PermissionDeniedException("this needs the " + minimum + " role in the account");
        }
        return account;
    }

    /** The account, if the caller is an operator or any kind of member of it (or of its master). */
    public Account requireViewer(Caller caller, AccountId id) {
        Account account = accounts.loadAccount(id).orElseThrow(() -> new AccountNotFoundException(id));
        if (caller.operator() || effectiveRole(caller, account).isPresent()) {
            return account;
        }
        throw new AccountNotFoundException(id);
    }

    public Optional<Role> effectiveRole(Caller caller, Account account) {
        if (!caller.isUser()) {
            return Optional.empty();
        }
        Optional<Role> own =
                memberships.loadMembership(account.id(), caller.userId()).map(Membership::role);
        if (account.parentId() == null) {
            return own;
        }
        Optional<Role> viaMaster =
                memberships.loadMembership(account.parentId(), caller.userId()).map(Membership::role);
        if (own.isEmpty()) {
            return viaMaster;
        }
        if (viaMaster.isEmpty()) {
            return own;
        }
        return Optional.of(own.get().includes(viaMaster.get()) ? own.get() : viaMaster.get());
    }
}
