package dev.keysmith.adapters.persistence.expiry;

import static dev.keysmith.adapters.persistence.shared.SqlValues.instant;
import static dev.keysmith.adapters.persistence.shared.SqlValues.text;
import static dev.keysmith.adapters.persistence.shared.SqlValues.timestamp;

import dev.keysmith.adapters.persistence.shared.ApiKeyRows;
import dev.keysmith.application.port.out.ExpirySweepPort;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The sweeper's SQL. Reads lock their rows ({@code FOR UPDATE SKIP LOCKED}, so a key a user is changing right
 * now waits for the next sweep) in the order of the index that serves them; writes re-check the condition the
 * key was chosen by. Runs on the connection of the surrounding transaction; only the sweep lock has a
 * connection of its own, held for the whole sweep, so the lock dies with this instance.
 */
@ApplicationScoped
public class ExpirySweepPersistenceAdapter implements ExpirySweepPort {

    private static final Logger LOG = Logger.getLogger(ExpirySweepPersistenceAdapter.class);
    /** The advisory lock id of the sweep ("keysweep" in ASCII); PostgreSQL shares it across all instances. */
    public static final long SWEEP_LOCK = 0x6b65797377656570L;

    private static final String ACTIVITY = "COALESCE(k.last_used_at, k.created_at)";
    private static final String LIVE = "k.status IN ('ACTIVE', 'DISABLED')";
    private static final String SELECT = """
            SELECT k.id, k.account_id, k.product_code, k.name, k.scopes, k.ip_allowlist, k.expires_at, k.created_by,
                   k.created_at, k.last_used_at, k.status, k.secret_hash, k.hint, k.replaced_by, k.grace_until,
                   k.revoked_at, k.expired_at, k.version, k.warned_activity, k.warned_lead_seconds,
                   p.name AS product_name, a.name AS account_name
              FROM api_key k
              JOIN product p ON p.code = k.product_code
              JOIN account a ON a.id = k.account_id
            """;
    private static final String IN_ACTIVITY_ORDER =
            " ORDER BY " + ACTIVITY + ", k.id LIMIT ? FOR UPDATE OF k SKIP LOCKED";
    private static final String AFTER_CURSOR = " AND (" + ACTIVITY + ", k.id) > (?, ?)";

    private static final String SETTLE = SELECT + " WHERE " + LIVE
            + " AND ((k.replaced_by IS NOT NULL AND k.grace_until <= ?) OR k.expires_at <= ?)";
    private static final String INACTIVE = SELECT + " WHERE " + LIVE + " AND " + ACTIVITY + " <= ?";
    private static final String TO_WARN = SELECT + " WHERE " + LIVE + " AND k.replaced_by IS NULL AND " + ACTIVITY
            + " > ? AND " + ACTIVITY + " <= ? AND (k.warned_activity IS DISTINCT FROM " + ACTIVITY
            + " OR k.warned_lead_seconds > ?)";

    private static final String STORE_SETTLED = """
            UPDATE api_key k SET status = s.status, revoked_at = s.revoked_at,
                                 expired_at = s.expired_at, version = k.version + 1
              FROM unnest(?::uuid[], ?::text[], ?::text[]::timestamptz[], ?::text[]::timestamptz[])
                   AS s(id, status, revoked_at, expired_at)
             WHERE k.id = s.id AND k.status IN ('ACTIVE', 'DISABLED')
            RETURNING k.id""";
    private static final String STORE_EXPIRED = """
            UPDATE api_key k SET status = 'EXPIRED', expired_at = e.expired_at,
                                 version = k.version + 1
              FROM unnest(?::uuid[], ?::text[]::timestamptz[]) AS e(id, expired_at)
             WHERE k.id = e.id AND k.status IN ('ACTIVE', 'DISABLED')
               AND COALESCE(k.last_used_at, k.created_at) <= ?
            RETURNING k.id""";
    private static final String STORE_WARNED = """
            UPDATE api_key k SET warned_activity = w.activity, warned_lead_seconds = w.lead_seconds
              FROM unnest(?::uuid[], ?::text[]::timestamptz[], ?::bigint[]) AS w(id, activity, lead_seconds)
             WHERE k.id = w.id AND k.status IN ('ACTIVE', 'DISABLED')
               AND COALESCE(k.last_used_at, k.created_at) = w.activity
            RETURNING k.id""";

    private final DataSource dataSource;
    private Connection lockHolder;

    ExpirySweepPersistenceAdapter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized boolean tryLock() {
        if (lockHolder != null) {
            return false;
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            boolean acquired;
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT pg_try_advisory_lock(" + SWEEP_LOCK + ")")) {
                acquired = row.next() && row.getBoolean(1);
            }
            if (acquired) {
                lockHolder = connection;
                return true;
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            discard(connection);
            throw new IllegalStateException("could not take the sweep lock", e);
        }
    }

    @Override
    public synchronized void unlock() {
        Connection connection = lockHolder;
        lockHolder = null;
        if (connection == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + SWEEP_LOCK + ")");
            connection.close();
        } catch (SQLException e) {
            // A pooled connection must never keep the lock: throw this one away, which ends its session.
            LOG.warnf("could not release the sweep lock cleanly (%s); discarding its connection", e.getMessage());
            discard(connection);
        }
    }

    @Override
    public List<SweepCandidate> lockKeysToSettle(Instant now, ApiKeyId after, int limit) {
        String sql =
                SETTLE + (after == null ? "" : " AND k.id > ?") + " ORDER BY k.id LIMIT ? FOR UPDATE OF k SKIP LOCKED";
        return query(sql, statement -> {
            int i = 1;
            statement.setObject(i++, timestamp(now));
            statement.setObject(i++, timestamp(now));
            if (after != null) {
                statement.setObject(i++, after.value());
            }
            statement.setInt(i, limit);
        });
    }

    @Override
    public List<SweepCandidate> lockInactiveKeys(Instant cutoff, KeySlice slice, ActivityCursor after, int limit) {
        // The slice bounds are checked on the index entries (id is the index's second column), before any row is read.
        String sql = INACTIVE
                + slice.from().map(from -> " AND k.id >= ?").orElse("")
                + slice.until().map(until -> " AND k.id < ?").orElse("")
                + (after == null ? "" : AFTER_CURSOR)
                + IN_ACTIVITY_ORDER;
        return query(sql, statement -> {
            int i = 1;
            statement.setObject(i++, timestamp(cutoff));
            if (slice.from().isPresent()) {
                statement.setObject(i++, slice.from().get());
            }
            if (slice.until().isPresent()) {
                statement.setObject(i++, slice.until().get());
            }
            i = cursor(statement, i, after);
            statement.setInt(i, limit);
        });
    }

    @Override
    public List<SweepCandidate> lockKeysToWarn(
            Instant activityAfter, Instant activityUpTo, Duration lead, ActivityCursor after, int limit) {
        String sql = TO_WARN + (after == null ? "" : AFTER_CURSOR) + IN_ACTIVITY_ORDER;
        return query(sql, statement -> {
            int i = 1;
            statement.setObject(i++, timestamp(activityAfter));
            statement.setObject(i++, timestamp(activityUpTo));
            statement.setLong(i++, lead.toSeconds());
            i = cursor(statement, i, after);
            statement.setInt(i, limit);
        });
    }

    @Override
    public List<ApiKeyId> storeSettled(List<ApiKey> settled) {
        return update(STORE_SETTLED, (connection, statement) -> {
            statement.setArray(
                    1,
                    connection.createArrayOf(
                            "uuid", settled.stream().map(k -> k.id().value()).toArray()));
            statement.setArray(
                    2,
                    connection.createArrayOf(
                            "text", settled.stream().map(k -> k.status().name()).toArray()));
            statement.setArray(
                    3,
                    connection.createArrayOf(
                            "text",
                            settled.stream().map(k -> text(k.revokedAt())).toArray()));
            statement.setArray(
                    4,
                    connection.createArrayOf(
                            "text",
                            settled.stream().map(k -> text(k.expiredAt())).toArray()));
        });
    }

    @Override
    public List<ApiKeyId> storeExpired(List<ApiKey> expired, Instant cutoff) {
        return update(STORE_EXPIRED, (connection, statement) -> {
            statement.setArray(
                    1,
                    connection.createArrayOf(
                            "uuid", expired.stream().map(k -> k.id().value()).toArray()));
            statement.setArray(
                    2,
                    connection.createArrayOf(
                            "text",
                            expired.stream().map(k -> text(k.expiredAt())).toArray()));
            statement.setObject(3, timestamp(cutoff));
        });
    }

    @Override
    public List<ApiKeyId> storeWarned(List<Warned> warned) {
        return update(STORE_WARNED, (connection, statement) -> {
            statement.setArray(
                    1,
                    connection.createArrayOf(
                            "uuid", warned.stream().map(w -> w.key().value()).toArray()));
            statement.setArray(
                    2,
                    connection.createArrayOf(
                            "text", warned.stream().map(w -> text(w.activity())).toArray()));
            statement.setArray(
                    3,
                    connection.createArrayOf(
                            "bigint",
                            warned.stream().map(w -> w.lead().toSeconds()).toArray()));
        });
    }

    private static int cursor(PreparedStatement statement, int index, ActivityCursor after) throws SQLException {
        if (after == null) {
            return index;
        }
        statement.setObject(index, timestamp(after.activity()));
        statement.setObject(index + 1, after.id().value());
        return index + 2;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface ArrayBinder {
        void bind(Connection connection, PreparedStatement statement) throws SQLException;
    }

    private List<SweepCandidate> query(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            List<SweepCandidate> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(candidate(row));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the keys to sweep", e);
        }
    }

    private List<ApiKeyId> update(String sql, ArrayBinder binder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(connection, statement);
            List<ApiKeyId> stored = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    stored.add(new ApiKeyId(row.getObject(1, UUID.class)));
                }
            }
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the swept keys", e);
        }
    }

    private static SweepCandidate candidate(ResultSet row) throws SQLException {
        ApiKey key = ApiKeyRows.key(row);
        long leadSeconds = row.getLong("warned_lead_seconds");
        Duration warnedLead = row.wasNull() ? null : Duration.ofSeconds(leadSeconds);
        return new SweepCandidate(
                key,
                row.getString("product_name"),
                row.getString("account_name"),
                instant(row, "warned_activity"),
                warnedLead);
    }

    private static void discard(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException ignored) {
            // Already broken; the pool drops it.
        }
    }
}
