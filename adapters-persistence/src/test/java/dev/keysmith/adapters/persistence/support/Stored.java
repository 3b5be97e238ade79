package dev.keysmith.adapters.persistence.support;

import dev.keysmith.application.port.out.contract.Rows;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Rows the persistence tests build on, each committed in its own transaction and unique to the run (the
 * database is shared by every test class), plus a connection outside the pool to watch from the side.
 */
@ApplicationScoped
public class Stored {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final Rows rows;
    private final TestDatabase database;

    Stored(PostgresPorts ports, TestDatabase database) {
        this.rows = new Rows(ports);
        this.database = database;
    }

    /** Now, at the microsecond precision PostgreSQL keeps, so values read back compare equal. */
    public static Instant now() {
        return Rows.now();
    }

    /**
     * Reads in a transaction of its own. Outside a transaction a test would read through the request-scoped
     * session, which keeps serving the entities it loaded first and so would hide later commits.
     */
    public static <T> T read(Supplier<T> query) {
        return QuarkusTransaction.requiringNew().call(query::get);
    }

    public static Email uniqueEmail() {
        return Rows.uniqueEmail();
    }

    public User user() {
        return rows.user();
    }

    public Account account() {
        return rows.account();
    }

    public Account subAccountOf(Account master) {
        return rows.subAccountOf(master);
    }

    public Membership member(Account account, User user, Role role) {
        return rows.member(account, user, role);
    }

    public Product product() {
        return rows.product();
    }

    /** An ACTIVE key with a random hash (no secret exists for it), created and last used as given. */
    public ApiKey key(
            ApiKeyId id, Account account, Product product, String name, Instant createdAt, Instant lastUsedAt) {
        return rows.insert(rows.aKeyOf(account, product)
                .withId(id)
                .withName(name)
                .createdAt(createdAt)
                .lastUsedAt(lastUsedAt)
                .build());
    }

    /** A connection of its own, outside the pool and any transaction of the test. */
    public Connection separateConnection() throws SQLException {
        return database.connect();
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
