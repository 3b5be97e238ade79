package dev.keysmith.application.support;

import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.account.InvitationSender;
import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.user.PasswordCheck;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountName;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.testing.TestClock;
import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import java.time.Instant;

/** A wired set of fakes plus builders for people and accounts. */
public final class World {

    /** The address the service is reached at from outside, as the settings give it. */
    public static final String PUBLIC_URL = "https://keysmith.example.org";

    public final InMemoryStore store = new InMemoryStore();
    public final Fakes.Hasher hasher = new Fakes.Hasher();
    public final Fakes.Tokens tokens = new Fakes.Tokens();
    public final Fakes.Mailbox mailbox = new Fakes.Mailbox();
    public final Fakes.Transactions transactions = new Fakes.Transactions();
    public final TestClock clock = TestClock.at(Instant.parse("2026-03-01T09:00:00Z"));
    public final AuditTrail audit = new AuditTrail(store, clock);
    public final AccountGate gate = new AccountGate(store, store);
    public final PasswordCheck passwords = new PasswordCheck(store, hasher, audit, clock);
    public final InvitationSender invitations = new InvitationSender(store, tokens, mailbox, audit, clock, PUBLIC_URL);

    private int people;

    public User person(String pin) {
        people++;
        User user = User.register(
                UserId.random(),
                new Email("person" + people + "@example.com"),
                new DisplayName("Person " + people),
                hasher.hash("password-" + people + "-long"),
                pin == null ? null : hasher.hash(pin),
                false,
                clock.instant());
        store.insertUser(user);
        return user;
    }

    public String passwordOf(User user) {
        return hasher.secretOf(user.passwordHash());
    }

    public User operator() {
        User user = person("482913");
        User operator = user.asActiveOperator();
        store.updateUser(operator);
        return operator;
    }

    public Account account(Account master) {
        Account account = Account.open(
                        AccountId.random(),
                        new AccountName("Account " + store.accounts.size()),
                        master,
                        clock.instant())
                .approve();
        store.insertAccount(account);
        return account;
    }

    public void member(Account account, User user, Role role) {
        store.saveMembership(new Membership(account.id(), user.id(), role));
    }

    public static Caller as(User user) {
        return Caller.user(user.id(), user.operator(), "203.0.113.9");
    }
}
