package dev.keysmith.adapters.persistence.verify;

import dev.keysmith.adapters.persistence.key.ApiKeyPersistenceAdapter;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps this instance's verification snapshot in step with every other instance: LISTENs on the change
 * channel on its own connection and evicts what changed. After a lost connection it reconnects and drops
 * the whole snapshot, since notifications sent meanwhile are gone.
 */
@ApplicationScoped
public class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final int POLL_MILLIS = 250;

    private final String url;
    private final String username;
    private final String password;
    private final KeySnapshotCache cache;
    private final UserTokenGenerations userTokens;
    private volatile boolean running;
    private Thread thread;

    ChangeListener(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password, KeySnapshotCache cache,
            UserTokenGenerations userTokens) {
        this.url = url;
        this.username = username.orElse(null);
        this.password = password.orElse(null);
        this.cache = cache;
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
        while (running) {
            // Its own connection, outside the pool: a connection that died here must never serve a query.
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + ApiKeyPersistenceAdapter.CHANNEL);
                }
                // Anything cached before this point may have missed a notification.
                cache.invalidateAll();
                userTokens.invalidateAll();
                cache.listenerUp();
                backoff = 100;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            apply(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.listenerDown();
                if (running) {
                    LOG.warnf("verification cache lost its change listener (%s); reconnecting", e.getClass().getSimpleName());
                    backoff = pause(backoff);
                }
            }
        }
    }

    /**
     * Payloads: {@code key:<id>}, {@code keys:<id>,<id>,...}, {@code account:<id>},
     * {@code access:<accountId>:<productCode>}, {@code client:<clientId>}, {@code user:<userId>}.
     */
    void apply(String payload) {
        try {
            String[] parts = payload.split(":", 3);
            switch (parts[0]) {
                case "key" -> cache.keyChanged(UUID.fromString(parts[1]));
                case "keys" -> cache.keysChanged(Arrays.stream(parts[1].split(",")).map(UUID::fromString)
                        .collect(Collectors.toSet()));
                case "account" -> cache.accountChanged(UUID.fromString(parts[1]));
                case "access" -> cache.accessChanged(UUID.fromString(parts[1]), parts[2]);
                case "client" -> cache.verifierClientChanged(parts[1]);
                case "user" -> userTokens.changed(UUID.fromString(parts[1]));
                default -> cache.invalidateAll();
            }
        } catch (RuntimeException malformed) {
            cache.invalidateAll();
            userTokens.invalidateAll();
        }
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
