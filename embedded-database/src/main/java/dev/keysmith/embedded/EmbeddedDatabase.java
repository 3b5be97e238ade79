package dev.keysmith.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server running from a local data directory, for the zero-setup default and for tests.
 * The data directory is kept across restarts; the server listens on a free loopback port each time.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);

    private final EmbeddedPostgres postgres;
    private final String databaseName;
    private final DirectoryLock lock;
    private volatile boolean closed;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String databaseName, DirectoryLock lock) {
        this.postgres = postgres;
        this.databaseName = databaseName;
        this.lock = lock;
    }

    /**
     * Starts (initialising on first use) the server whose files live in {@code dataDirectory}, after stopping
     * one that a killed process left running there. Refuses with {@link DataDirectoryInUseException} while
     * another living process holds the directory, without touching it.
     */
    public static EmbeddedDatabase start(Path dataDirectory, String databaseName) {
        if (!DATABASE_NAME.matcher(databaseName).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + databaseName);
        }
        DirectoryLock lock = DirectoryLock.acquire(dataDirectory);
        try {
            Files.createDirectories(dataDirectory);
            LeftoverPostmaster.stopIfRunning(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // After a crash PostgreSQL first replays its log (up to max_wal_size); zonky would give up after 10
                    // s.
                    .setPGStartupWait(STARTUP_LIMIT)
                    .setServerConfig("max_connections", "200")
                    // zonky turns both off (fsync through its -F flag, which a later -c overrides). With them on,
                    // a commit answered to a caller is on disk: it survives a crash of PostgreSQL or of the machine.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    // Bulk writes (an inactivity sweep expiring a quarter of a million keys) go a tenth faster with
                    // a cache larger than the 128 MB default and fewer checkpoints (each one makes the next write
                    // to every page log the whole page again).
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "2GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, databaseName, lock);
            database.createDatabaseIfMissing();
            return database;
        } catch (IOException e) {
            lock.close();
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", databaseName);
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, databaseName);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + databaseName);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + databaseName, e);
        }
    }

    /** Stops the server; safe to call more than once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        } finally {
            lock.close();
        }
    }
}
