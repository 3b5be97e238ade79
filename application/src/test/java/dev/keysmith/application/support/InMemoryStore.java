package dev.keysmith.application.support;

import dev.keysmith.application.port.out.AccountChangedPort;
import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.application.port.out.EmailTakenException;
import dev.keysmith.application.port.out.InvitationPort;
import dev.keysmith.application.port.out.MembershipPort;
import dev.keysmith.application.port.out.OperatorInvitationPort;
import dev.keysmith.application.port.out.SignInAttemptsPort;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Invitation;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.LoginThrottle;
import dev.keysmith.domain.user.OperatorInvitation;
import dev.keysmith.domain.user.SignInAttempts;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Fakes of the people-and-accounts out ports, backed by maps, for service tests; held to their contracts. */
public final class InMemoryStore
        implements UserPort,
                AccountPort,
                MembershipPort,
                InvitationPort,
                AuditLogPort,
                AccountChangedPort,
                SignInAttemptsPort,
                OperatorInvitationPort {

    public final Map<UserId, User> users = new LinkedHashMap<>();
    public final Map<AccountId, Account> accounts = new LinkedHashMap<>();
    public final List<Membership> memberships = new ArrayList<>();
    public final List<Invitation> invitations = new ArrayList<>();
    public final List<AuditEvent> events = new ArrayList<>();
    public final List<String> notifications = new ArrayList<>();
    public final Map<String, SignInAttempts> signInAttempts = new LinkedHashMap<>();
    public final Map<String, LoginThrottle> emailAttempts = new LinkedHashMap<>();
    public final List<OperatorInvitation> operatorInvitations = new ArrayList<>();
    private final List<Consumer<Account>> newAccountListeners = new ArrayList<>();

    /** Runs for each account inserted from now on, in its insertion (as a database trigger would). */
    public void onNewAccount(Consumer<Account> listener) {
        newAccountListeners.add(listener);
    }

    public List<AuditAction> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }

    @Override
    public Optional<User> loadUser(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<User> loadUserByEmail(Email email) {
        return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
    }

    @Override
    public Optional<User> lockUser(UserId id) {
        return loadUser(id);
    }

    @Override
    public boolean anyOperatorExists() {
        return users.values().stream().anyMatch(User::operator);
    }

    @Override
    public List<User> loadOperators() {
        return users.values().stream()
                .filter(User::operator)
                .sorted(Comparator.comparing(User::createdAt)
                        .thenComparing(u -> u.id().value().toString()))
                .toList();
    }

    @Override
    public List<User> lockActiveOperators() {
        return users.values().stream()
                .filter(User::activeOperator)
                .sorted(Comparator.comparing(u -> u.id().value().toString()))
                .toList();
    }

    @Override
    public SignInAttempts lockAttempts(String emailDigest, String clientAddress) {
        SignInAttempts pair = signInAttempts.getOrDefault(emailDigest + " " + clientAddress, SignInAttempts.fresh());
        // The email-wide counter is shared by every address, as in the database.
        LoginThrottle forEmail = emailAttempts.getOrDefault(emailDigest, LoginThrottle.fresh());
        return new SignInAttempts(pair.fromAddress(), forEmail, pair.familiarAddress());
    }

    @Override
    public void saveAttempts(String emailDigest, String clientAddress, SignInAttempts attempts) {
        emailAttempts.put(emailDigest, attempts.forEmail());
        signInAttempts.put(emailDigest + " " + clientAddress, attempts);
    }

    @Override
    public int forgetAttempts(java.time.Instant untouchedSince, java.time.Instant signedInSince) {
        throw new UnsupportedOperationException("no service forgets attempts");
    }

    @Override
    public void insertOperatorInvitation(OperatorInvitation invitation) {
        operatorInvitations.add(invitation);
    }

    @Override
    public Optional<OperatorInvitation> lockOperatorInvitationByDigest(String tokenDigest) {
        return operatorInvitations.stream()
                .filter(i -> i.tokenDigest().equals(tokenDigest))
                .findFirst();
    }

    @Override
    public void updateOperatorInvitation(OperatorInvitation invitation) {
        operatorInvitations.replaceAll(i -> i.id().equals(invitation.id()) ? invitation : i);
    }

    @Override
    public void insertUser(User user) {
        if (loadUserByEmail(user.email()).isPresent()) {
            throw new EmailTakenException();
        }
        users.put(user.id(), user);
    }

    @Override
    public void updateUser(User user) {
        users.put(user.id(), user);
    }

    @Override
    public Optional<Account> loadAccount(AccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public Optional<Account> lockAccount(AccountId id) {
        return loadAccount(id);
    }

    @Override
    public List<Account> loadAccounts(AccountId after, int limit) {
        // In uuid order as PostgreSQL keeps it (byte by byte, the order of the text), not UUID.compareTo's.
        return accounts.values().stream()
                .sorted(Comparator.comparing(a -> a.id().value().toString()))
                .filter(a -> after == null
                        || a.id().value().toString().compareTo(after.value().toString()) > 0)
                .limit(limit)
                .toList();
    }

    @Override
    public List<Account> loadAccountsVisibleTo(UserId user, AccountId after, int limit) {
        List<AccountId> own =
                loadMembershipsOf(user).stream().map(Membership::accountId).toList();
        return loadAccounts(after, Integer.MAX_VALUE).stream()
                .filter(a -> own.contains(a.id()) || (a.parentId() != null && own.contains(a.parentId())))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Account> loadSubAccounts(AccountId master) {
        return accounts.values().stream()
                .filter(a -> master.equals(a.parentId()))
                .sorted(Comparator.comparing((Account a) -> a.name().value())
                        .thenComparing(a -> a.id().value().toString()))
                .toList();
    }

    @Override
    public void insertAccount(Account account) {
        accounts.put(account.id(), account);
        newAccountListeners.forEach(listener -> listener.accept(account));
    }

    @Override
    public void updateAccount(Account account) {
        accounts.put(account.id(), account);
    }

    @Override
    public Optional<Membership> loadMembership(AccountId account, UserId user) {
        return memberships.stream()
                .filter(m -> m.accountId().equals(account) && m.userId().equals(user))
                .findFirst();
    }

    @Override
    public List<Membership> loadMembers(AccountId account) {
        return memberships.stream()
                .filter(m -> m.accountId().equals(account))
                .sorted(Comparator.comparing(m -> m.userId().value().toString()))
                .toList();
    }

    @Override
    public List<Membership> loadMembershipsOf(UserId user) {
        return memberships.stream()
                .filter(m -> m.userId().equals(user))
                .sorted(Comparator.comparing(m -> m.accountId().value().toString()))
                .toList();
    }

    @Override
    public void saveMembership(Membership membership) {
        deleteMembership(membership.accountId(), membership.userId());
        memberships.add(membership);
    }

    @Override
    public void deleteMembership(AccountId account, UserId user) {
        memberships.removeIf(m -> m.accountId().equals(account) && m.userId().equals(user));
    }

    @Override
    public void insertInvitation(Invitation invitation) {
        invitations.add(invitation);
    }

    @Override
    public Optional<Invitation> lockInvitationByDigest(String tokenDigest) {
        return invitations.stream()
                .filter(i -> i.tokenDigest().equals(tokenDigest))
                .findFirst();
    }

    @Override
    public void updateInvitation(Invitation invitation) {
        invitations.replaceAll(i -> i.id().equals(invitation.id()) ? invitation : i);
    }

    @Override
    public List<Invitation> loadInvitations(AccountId account) {
        return invitations.stream()
                .filter(i -> i.accountId().equals(account))
                .sorted(Comparator.comparing(Invitation::createdAt).thenComparing(i -> i.id().toString()))
                .toList();
    }

    @Override
    public void append(AuditEvent event) {
        events.add(event);
    }

    @Override
    public List<PositionedEvent> loadEvents(
            AccountId account, AuditAction action, String targetId, Long afterCursor, int limit) {
        List<PositionedEvent> found = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            AuditEvent e = events.get(i);
            if ((account == null || account.equals(e.accountId()))
                    && (action == null || action.equals(e.action()))
                    && (targetId == null || targetId.equals(e.targetId()))
                    && (afterCursor == null || i + 1 < afterCursor)) {
                // Positions start at 1, as the trail's sequence does.
                found.add(new PositionedEvent(i + 1, e));
            }
        }
        return found.stream().limit(limit).toList();
    }

    @Override
    public void accountChanged(AccountId account) {
        notifications.add("account:" + account);
    }

    @Override
    public void productAccessChanged(AccountId account, ProductCode product) {
        notifications.add("access:" + account + ":" + product);
    }

    @Override
    public void productChanged(ProductCode product) {
        notifications.add("product:" + product);
    }
}
