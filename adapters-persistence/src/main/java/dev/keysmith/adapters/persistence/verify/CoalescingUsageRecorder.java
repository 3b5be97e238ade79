package dev.keysmith.adapters.persistence.verify;

import dev.keysmith.application.port.out.UsageRecorderPort;
import dev.keysmith.application.port.out.VerificationUnavailableException;
import dev.keysmith.domain.key.ApiKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Records key use without a write per verification: the latest use per key is kept in memory and written
 * in one batched statement on {@link #flush}; a write never moves a last-use time backwards, and moves it forward
 * only by more than the configured precision ({@link UsageSettings}), and a cached key is queued at most once per
 * precision ({@link KeySnapshotCache#noteUse}): queuing every use of a key whose cached copy is older than the
 * precision kept a map entry per used key alive until each flush (over 100,000 per flush under a 300,000-key working
 * set), enough to start a concurrent collection every few seconds, and sent them all to the database. A flush leaves the
 * cached answers as they are: their last-use time matters only near the inactivity deadline, where a use is written
 * through and refreshes its own entry (rebuilding every used entry on each flush kept tens of thousands of new
 * objects alive per flush under a large working set, each one copied by the garbage collector).
 */
@ApplicationScoped
public class CoalescingUsageRecorder implements UsageRecorderPort {

    private static final Logger LOG = Logger.getLogger(CoalescingUsageRecorder.class);
    private static final String WRITE = """
            UPDATE api_key SET last_used_at = used.at
              FROM unnest(?::uuid[], ?::timestamptz[]) AS used(id, at)
             WHERE api_key.id = used.id
               AND (api_key.last_used_at IS NULL OR api_key.last_used_at < used.at - ? * INTERVAL '1 millisecond')""";

    /** Last-use times are kept to this precision; far finer than a 90-day inactivity window needs. */
    static final Duration RESOLUTION = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final KeySnapshotCache cache;
    private final BoundedQueries database;
    private final Duration precision;
    private final Map<UUID, Instant> pending = new ConcurrentHashMap<>();

    CoalescingUsageRecorder(
            DataSource dataSource, KeySnapshotCache cache, BoundedQueries database, UsageSettings settings) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.database = database;
        this.precision = settings.precision();
    }

    @Override
    public void recordUse(ApiKey key, Instant at, boolean writeThrough) {
        UUID id = key.id().value();
        if (writeThrough) {
            try {
                database.call(connection -> write(connection, Map.of(id, at)));
                // This key's next verification must not see the old time and write through again.
                cache.used(key.secretHash(), at);
                return;
            } catch (VerificationUnavailableException unavailable) {
                // The database is slow or down: this use waits for the next flush like any other; the answer does not.
            }
        }
        if (key.lastUsedAt() != null && !at.isAfter(key.lastUsedAt().plus(precision))) {
            return; // the stored time is recent enough already (as of when this key was read)
        }
        if (!cache.noteUse(key.secretHash(), at, precision)) {
            return; // a use already queued or written since the key was read is recent enough
        }
        Instant known = pending.get(id);
        // A hot key is used thousands of times a second: skip the contended write unless the time moved on.
        if (known != null && at.isBefore(known.plus(RESOLUTION))) {
            return;
        }
        pending.merge(id, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    @Override
    public synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<UUID, Instant> batch = new java.util.HashMap<>();
        for (UUID id : new ArrayList<>(pending.keySet())) {
            Instant at = pending.remove(id);
            if (at != null) {
                batch.put(id, at);
            }
        }
        try {
            write(batch);
        } catch (RuntimeException e) {
            // Keep the uses for the next flush rather than lose them.
            batch.forEach((id, at) -> pending.merge(id, at, (a, b) -> a.isAfter(b) ? a : b));
            LOG.warnf("could not record the use of %d keys; will retry (%s)", batch.size(), e.getMessage());
        }
    }

    int pendingCount() {
        return pending.size();
    }

    /** The use of this key waiting for the next flush, if any. */
    Optional<Instant> pendingUse(UUID id) {
        return Optional.ofNullable(pending.get(id));
    }

    private void write(Map<UUID, Instant> uses) {
        try (Connection connection = dataSource.getConnection()) {
            write(connection, uses);
        } catch (SQLException e) {
            throw new IllegalStateException("could not write key use", e);
        }
    }

    private Void write(Connection connection, Map<UUID, Instant> uses) throws SQLException {
        List<UUID> ids = new ArrayList<>(uses.keySet());
        Timestamp[] times = ids.stream().map(id -> Timestamp.from(uses.get(id))).toArray(Timestamp[]::new);
        try (PreparedStatement statement = connection.prepareStatement(WRITE)) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            statement.setArray(2, connection.createArrayOf("timestamptz", times));
            statement.setLong(3, precision.toMillis());
            statement.executeUpdate();
        }
        return null;
    }
}
