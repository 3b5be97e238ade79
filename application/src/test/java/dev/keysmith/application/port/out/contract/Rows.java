package dev.keysmith.application.port.out.contract;

import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountName;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyBuilder;
import dev.keysmith.domain.key.KeyHint;
import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Rows the contract tests build on, stored through the ports themselves, each committed in a transaction of
 * its own and unique to the run (a database is shared by every test class of a run).
 */
public final class Rows {

    private final PortsUnderTest ports;

    public Rows(PortsUnderTest ports) {
        this.ports = ports;
    }

    /** Now, at the microsecond precision PostgreSQL keeps, so values read back compare equal. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static Email uniqueEmail() {
        return new Email("person-" + UUID.randomUUID() + "@example.com");
    }

    /** A random token digest, as an invitation stores it. */
    public static String uniqueDigest() {
        byte[] digest = new byte[32];
        ThreadLocalRandom.current().nextBytes(digest);
        return HexFormat.of().formatHex(digest);
    }

    public User user() {
        return user(false);
    }

    public User operator() {
        return user(true);
    }

    private User user(boolean operator) {
        User user = User.register(
                UserId.random(),
                uniqueEmail(),
                new DisplayName("Ada Lovelace"),
                "$argon2id$password",
                "$argon2id$pin",
                operator,
                now());
        ports.inTransaction(() -> ports.users().insertUser(user));
        return user;
    }

    public Account account() {
        return account(null);
    }

    public Account subAccountOf(Account master) {
        return account(master);
    }

    private Account account(Account master) {
        Account account =
                Account.open(AccountId.random(), new AccountName("Account " + UUID.randomUUID()), master, now());
        ports.inTransaction(() -> ports.accounts().insertAccount(account));
        return account;
    }

    public Membership member(Account account, User user, Role role) {
        Membership membership = new Membership(account.id(), user.id(), role);
        ports.inTransaction(() -> ports.memberships().saveMembership(membership));
        return membership;
    }

    /** A product with a random code and key prefix, scope read. */
    public Product product() {
        String letters = ThreadLocalRandom.current()
                .ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        Product product = Product.define(
                new ProductCode("access-" + letters),
                new ProductName("Product " + letters),
                new KeyPrefix(letters),
                List.of(new Scope("read")),
                List.of());
        ports.inTransaction(() -> ports.saveProducts().insertProduct(product));
        return product;
    }

    /** A key of the account and product with a random hash (no secret exists for it), ready to change further. */
    public ApiKeyBuilder aKeyOf(Account account, Product product) {
        byte[] hash = new byte[32];
        ThreadLocalRandom.current().nextBytes(hash);
        Instant now = now();
        return ApiKeyBuilder.aKey()
                .withAccount(account.id())
                .withProduct(product.code())
                .withScopes("read")
                .withSecretHash(HexFormat.of().formatHex(hash))
                .withHint(new KeyHint(product.keyPrefix().value() + "_live_ab12\u20269xYz"))
                .createdAt(now)
                .withCreatedBy(null);
    }

    /** Stores a new key. */
    public ApiKey insert(ApiKey key) {
        ports.inTransaction(() -> ports.keys().insertKey(key));
        return key;
    }
}
