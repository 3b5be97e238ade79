package dev.keysmith.adapters.persistence.support;

import dev.keysmith.embedded.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

/**
 * Gives every test run of this module its own real PostgreSQL in a fresh temporary directory. The adapters
 * and Flyway both connect as the database's owner here; running as the service's own role is bootstrap's
 * business (LeastPrivilegeTest there).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;
    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("keysmith-persistence-test-");
            database = EmbeddedDatabase.start(directory.resolve("postgres"), "keysmith");
            return Map.of(
                    "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                    "quarkus.datasource.username", database.username(),
                    "quarkus.datasource.password", database.password(),
                    "quarkus.flyway.username", database.username(),
                    "quarkus.flyway.password", database.password());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
        if (directory != null) {
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp directory is harmless
            }
        }
    }
}
