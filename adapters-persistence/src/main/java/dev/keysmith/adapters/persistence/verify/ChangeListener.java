package dev.keysmith.adapters.persistence.verify;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps this instance's verification snapshot in step with every other instance: LISTENs on the change
 * channel on its own connection and drops what changed. A heartbeat on that connection proves, about once a
 * second, that nothing was missed, which keeps the snapshot trusted ({@link SnapshotFreshness}); when the
 * connection is lost or hangs, the trust runs out after the staleness bound. After a reconnect it drops the whole
 * snapshot, since notifications sent meanwhile are gone, and rebuilds the filter of stored digests
 * ({@link KnownDigests}) from the table in one streaming read: notifications arriving meanwhile wait on the
 * connection, so none is lost. A {@code stored:<from>-<to>} notification, sent by the database at the commit of
 * any insert into {@code api_key} (V12), announces new keys: their digests are read by {@code created_seq} range
 * on this connection and added to the filter, so a key stored anywhere reaches this instance's filter within the
 * notification delay.
 */
@ApplicationScoped
public class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final int POLL_MILLIS = 250;
    /** Connecting, logging in and the heartbeat give up after this on a silent database, then start over. */
    private static final String TIMEOUT_SECONDS = "5";
    /** Rows per round trip of the filter's streaming load: never the whole table in memory. */
    private static final int FETCH_SIZE = 10_000;

    private final String url;
    private final Properties properties = new Properties();
    private final KeySnapshotCache cache;
    private final SnapshotFreshness freshness;
    private final KnownDigests digests;
    private final UserTokenGenerations userTokens;
    private volatile boolean running;
    private volatile boolean connected;
    private final AtomicLong connects = new AtomicLong();
    private Thread thread;

    ChangeListener(ListenerConnection connection, KeySnapshotCache cache, UserTokenGenerations userTokens) {
        this.url = connection.jdbcUrl();
        connection.username().ifPresent(user -> properties.setProperty("user", user));
        connection.password().ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "keysmith-change-listener");
        for (String timeout : List.of("connectTimeout", "loginTimeout", "socketTimeout")) {
            properties.setProperty(timeout, TIMEOUT_SECONDS);
        }
        this.cache = cache;
        this.freshness = cache.freshness();
        this.digests = cache.digests();
        this.userTokens = userTokens;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::listen, "keysmith-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(2_000);
        }
    }

    private void listen() {
        long backoff = 100;
        long heartbeatNanos = freshness.heartbeatInterval().toNanos();
        while (running) {
            // Its own connection, outside the pool: a connection that died here must never serve a query.
            try (Connection connection = DriverManager.getConnection(url, properties)) {
                connection.setAutoCommit(true);
                listen(connection);
                // Anything cached before this point may have missed a notification.
                Instant listening = freshness.now();
                cache.invalidateAll();
                userTokens.invalidateAll();
                loadDigests(connection);
                freshness.heardEverythingUpTo(listening);
                connected = true;
                connects.incrementAndGet();
                backoff = 100;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                long nextHeartbeat = System.nanoTime() + heartbeatNanos;
                while (running) {
                    apply(connection, postgres.getNotifications(POLL_MILLIS));
                    if (digests.oversized()) {
                        loadDigests(connection);
                    }
                    if (System.nanoTime() - nextHeartbeat >= 0) {
                        Instant asked = freshness.now();
                        // The heartbeat repeats the LISTEN: a no-op for PostgreSQL, and it shows what the connection is
                        // for.
                        listen(connection);
                        // PostgreSQL sends pending notifications before it answers, so all sent before asking are here.
                        apply(connection, postgres.getNotifications());
                        freshness.heardEverythingUpTo(asked);
                        nextHeartbeat = System.nanoTime() + heartbeatNanos;
                    }
                }
            } catch (SQLException | RuntimeException e) {
                connected = false;
                digests.distrust();
                if (running) {
                    LOG.warnf(
                            "verification cache lost its change listener (%s); reconnecting",
                            e.getClass().getSimpleName());
                    backoff = pause(backoff);
                }
            }
        }
    }

    /** Whether the listener is connected and caught up now. */
    public boolean connected() {
        return connected;
    }

    /** Connections made since start: the first, then one per reconnect after the connection was lost. */
    public long connects() {
        return connects.get();
    }

    private static void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + ChangeChannel.CHANNEL);
        }
    }

    private void apply(Connection connection, PGNotification[] notifications) throws SQLException {
        if (notifications != null && notifications.length > 0) {
            List<String> payloads = new ArrayList<>(notifications.length);
            List<long[]> stored = new ArrayList<>();
            for (PGNotification notification : notifications) {
                String payload = notification.getParameter();
                payloads.add(payload);
                if (payload.startsWith(ChangedEntries.STORED)) {
                    try {
                        stored.add(ChangedEntries.storedRange(payload));
                    } catch (IllegalArgumentException malformed) {
                        // ChangedEntries drops everything for it
                    }
                }
            }
            addStoredDigests(connection, stored);
            apply(payloads);
        }
    }

    /**
     * Adds the digests of the keys in the announced {@code created_seq} ranges (overlapping and adjacent ones
     * merged, one indexed range read each), streamed in pages: a bulk insert may announce a million rows at once.
     */
    private void addStoredDigests(Connection connection, List<long[]> ranges) throws SQLException {
        if (ranges.isEmpty()) {
            return;
        }
        ranges.sort(Comparator.comparingLong(range -> range[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] range : ranges) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(new long[] {range[0], range[1]});
            }
        }
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT secret_hash FROM api_key WHERE created_seq BETWEEN ? AND ? AND secret_hash IS NOT NULL")) {
            statement.setFetchSize(FETCH_SIZE);
            for (long[] range : merged) {
                statement.setLong(1, range[0]);
                statement.setLong(2, range[1]);
                List<String> page = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        page.add(rows.getString(1));
                        if (page.size() == FETCH_SIZE) {
                            cache.stored(page);
                            page.clear();
                        }
                    }
                }
                cache.stored(page);
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
        cache.storedElsewhereRead();
        // The connection's last statement stays LISTEN, which shows (in pg_stat_activity) what it is for.
        listen(connection);
    }

    /** Rebuilds the filter from every stored digest, streamed in pages from a cursor on this connection. */
    private void loadDigests(Connection connection) throws SQLException {
        long started = System.nanoTime();
        long rows;
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM api_key")) {
            count.next();
            rows = count.getLong(1);
        }
        KnownDigests.Load load = digests.startLoad(rows);
        // PostgreSQL's driver streams with a cursor only inside a transaction.
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet stored = statement.executeQuery("SELECT secret_hash FROM api_key")) {
                while (stored.next()) {
                    load.add(stored.getString(1));
                }
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
        load.finish();
        LOG.infof(
                "verification filter of stored digests loaded: %d digests in %d ms",
                rows, (System.nanoTime() - started) / 1_000_000);
        listen(connection);
    }

    /** Payloads as described by {@link ChangedEntries}. */
    void apply(List<String> payloads) {
        ChangedEntries changes = ChangedEntries.parse(payloads);
        cache.drop(changes);
        userTokens.drop(changes);
    }

    private long pause(long millis) {
        try {
            // Reconnect backoff of a background thread; no test waits on it.
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Math.min(millis * 2, 5_000);
    }
}
