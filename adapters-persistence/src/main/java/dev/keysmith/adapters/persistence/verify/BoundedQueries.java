package dev.keysmith.adapters.persistence.verify;

import dev.keysmith.application.port.out.VerificationUnavailableException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The verification snapshot's reads from PostgreSQL, each bounded as a whole (waiting for a free reader, a
 * connection and the query) by the database timeout: a hung database costs a caller at most that long, then a
 * {@link VerificationUnavailableException} (503). Reads run on a small pool of their own threads, so the
 * caller's thread can give up while a reader stays stuck on a silent socket.
 */
@ApplicationScoped
public class BoundedQueries {

    /** Readers side by side; more cache misses than this wait in the queue, within their own bound. */
    private static final int READERS = 16;

    private static final int QUEUED = 4_096;
    /** A reader stuck on a silent socket gives its connection up after this, so a partition does not hold it. */
    private static final long MIN_NETWORK_TIMEOUT_MILLIS = 1_000;

    private final DataSource dataSource;
    private final long timeoutNanos;
    private final int networkTimeoutMillis;
    private final ThreadPoolExecutor readers;
    private final AtomicLong calls = new AtomicLong();

    BoundedQueries(DataSource dataSource, SnapshotSettings settings) {
        this.dataSource = dataSource;
        this.timeoutNanos = settings.databaseTimeout().toNanos();
        this.networkTimeoutMillis = (int) Math.max(
                MIN_NETWORK_TIMEOUT_MILLIS, 4 * settings.databaseTimeout().toMillis());
        AtomicInteger count = new AtomicInteger();
        this.readers = new ThreadPoolExecutor(
                READERS, READERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUED), work -> {
                    Thread thread = new Thread(work, "keysmith-snapshot-reader-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.readers.allowCoreThreadTimeOut(true);
    }

    /** Reads at most one row. */
    <T> Optional<T> query(String sql, Object parameter, RowReader<T> reader) {
        return query(sql, List.of(parameter), reader);
    }

    /** Reads at most one row, binding the parameters in order. */
    <T> Optional<T> query(String sql, List<?> parameters, RowReader<T> reader) {
        return call(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.ofNullable(reader.read(row)) : Optional.<T>empty();
                }
            }
        });
    }

    /** Whether the database answers a trivial query within the timeout. */
    public boolean reachable() {
        try {
            return call(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("SELECT 1");
                        ResultSet row = statement.executeQuery()) {
                    return row.next();
                }
            });
        } catch (VerificationUnavailableException unreachable) {
            return false;
        }
    }

    /** Runs {@code work} on a pooled connection within the bound. */
    <T> T call(Work<T> work) {
        calls.incrementAndGet();
        FutureTask<T> task = new FutureTask<>(() -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setNetworkTimeout(Runnable::run, networkTimeoutMillis);
                return work.run(connection);
            }
        });
        try {
            readers.execute(task);
        } catch (RejectedExecutionException busy) {
            throw new VerificationUnavailableException(busy);
        }
        try {
            return task.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException slow) {
            task.cancel(true);
            readers.remove(task);
            throw new VerificationUnavailableException(slow);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException bug) {
                throw bug;
            }
            throw new VerificationUnavailableException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new VerificationUnavailableException(interrupted);
        }
    }

    /** Reads started so far, one statement each: tests count what a verification cost the database. */
    public long calls() {
        return calls.get();
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
