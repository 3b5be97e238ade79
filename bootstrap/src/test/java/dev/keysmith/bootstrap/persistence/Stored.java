package dev.keysmith.bootstrap.persistence;

import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.MembershipPort;
import dev.keysmith.application.port.out.SaveProductPort;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountName;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyBuilder;
import dev.keysmith.domain.key.ApiKeyId;
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
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rows the mail tests build on, each committed in its own transaction and unique to the run (the
 * database is shared by every test class), plus a connection outside the pool to watch from the side.
 */
@ApplicationScoped
public class Stored {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final UserPort users;
    private final AccountPort accounts;
    private final MembershipPort memberships;
    private final SaveProductPort products;
    private final ApiKeyPort keys;
    private final String url;
    private final String username;
    private final String password;

    Stored(
            UserPort users,
            AccountPort accounts,
            MembershipPort memberships,
            SaveProductPort products,
            ApiKeyPort keys,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.users = users;
        this.accounts = accounts;
        this.memberships = memberships;
        this.products = products;
        this.keys = keys;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /** Now, at the microsecond precision PostgreSQL keeps, so values read back compare equal. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Reads in a transaction of its own. Outside a transaction a test would read through the request-scoped
     * session, which keeps serving the entities it loaded first and so would hide later commits.
     */
    public static <T> T read(Supplier<T> query) {
        return QuarkusTransaction.requiringNew().call(query::get);
    }

    public static Email uniqueEmail() {
        return new Email("person-" + UUID.randomUUID() + "@example.com");
    }

    public User user() {
        User user = User.register(
                UserId.random(),
                uniqueEmail(),
                new DisplayName("Ada Lovelace"),
                "$argon2id$password",
                "$argon2id$pin",
                false,
                now());
        QuarkusTransaction.requiringNew().run(() -> users.insertUser(user));
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
        QuarkusTransaction.requiringNew().run(() -> accounts.insertAccount(account));
        return account;
    }

    public Membership member(Account account, User user, Role role) {
        Membership membership = new Membership(account.id(), user.id(), role);
        QuarkusTransaction.requiringNew().run(() -> memberships.saveMembership(membership));
        return membership;
    }

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
        QuarkusTransaction.requiringNew().run(() -> products.insertProduct(product));
        return product;
    }

    /** An ACTIVE key with a random hash (no secret exists for it), created and last used as given. */
    public ApiKey key(
            ApiKeyId id, Account account, Product product, String name, Instant createdAt, Instant lastUsedAt) {
        byte[] hash = new byte[32];
        ThreadLocalRandom.current().nextBytes(hash);
        ApiKey key = ApiKeyBuilder.aKey()
                .withId(id)
                .withAccount(account.id())
                .withProduct(product.code())
                .withName(name)
                .withCreatedBy(null)
                .createdAt(createdAt)
                .lastUsedAt(lastUsedAt)
                .withSecretHash(HexFormat.of().formatHex(hash))
                .withHint(new KeyHint(product.keyPrefix().value() + "_live_ab12\u20269xYz"))
                .build();
        QuarkusTransaction.requiringNew().run(() -> keys.insertKey(key));
        return key;
    }

    /** A connection of its own, outside the pool and any transaction of the test. */
    public Connection separateConnection() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    /** Whether some other transaction holds a row lock on that row right now, asked without waiting. */
    public boolean lockedElsewhere(String table, UUID id) {
        try (Connection connection = separateConnection();
                PreparedStatement select =
                        connection.prepareStatement("select 1 from " + table + " where id = ? for update nowait")) {
            select.setObject(1, id);
            select.executeQuery().close();
            return false;
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return true;
            }
            throw new IllegalStateException(e);
        }
    }
}
