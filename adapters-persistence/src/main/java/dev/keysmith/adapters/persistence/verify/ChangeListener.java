package dev.keysmith.adapters.persistence.verify;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps this instance's verification snapshot in step with every other instance: LISTENs on the change
 * channel on its own connection and drops what changed. A heartbeat on that connection proves, about once a
 * second, that nothing was missed, which keeps the snapshot trusted ({@link SnapshotFreshness}); when the
 * connection is lost or hangs, the trust runs out after the staleness bound. After a reconnect it drops the whole
 * snapshot, since notifications sent meanwhile are gone.
 */
@ApplicationScoped
public class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final int POLL_MILLIS = 250;
    /** Connecting, logging in and the heartbeat give up after this on a silent database, then start over. */
    private static final String TIMEOUT_SECONDS = "5";

    private final String url;
    private final Properties properties = new Properties();
    private final KeySnapshotCache cache;
    private final SnapshotFreshness freshness;
    private final UserTokenGenerations userTokens;
    private volatile boolean running;
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
                freshness.heardEverythingUpTo(listening);
                backoff = 100;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                long nextHeartbeat = System.nanoTime() + heartbeatNanos;
                while (running) {
                    apply(postgres.getNotifications(POLL_MILLIS));
                    if (System.nanoTime() - nextHeartbeat >= 0) {
                        Instant asked = freshness.now();
                        // The heartbeat repeats the LISTEN: a no-op for PostgreSQL, and it shows what the connection is
                        // for.
                        listen(connection);
                        // PostgreSQL sends pending notifications before it answers, so all sent before asking are here.
                        apply(postgres.getNotifications());
                        freshness.heardEverythingUpTo(asked);
                        nextHeartbeat = System.nanoTime() + heartbeatNanos;
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf(
                            "verification cache lost its change listener (%s); reconnecting",
                            e.getClass().getSimpleName());
                    backoff = pause(backoff);
                }
            }
        }
    }

    private static void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + ChangeChannel.CHANNEL);
        }
    }

    private void apply(PGNotification[] notifications) {
        if (notifications != null && notifications.length > 0) {
            List<String> payloads = new ArrayList<>(notifications.length);
            for (PGNotification notification : notifications) {
                payloads.add(notification.getParameter());
            }
            apply(payloads);
        }
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
