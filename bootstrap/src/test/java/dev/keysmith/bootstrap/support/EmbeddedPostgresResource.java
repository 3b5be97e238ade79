package dev.keysmith.bootstrap.support;

import dev.keysmith.bootstrap.config.DatabaseRoles;
import dev.keysmith.bootstrap.config.SigningKeyFiles;
import dev.keysmith.embedded.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives every test run its own real PostgreSQL in a fresh temporary directory, and its own signing keys
 * and pepper, exactly as an external deployment would configure them.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;
    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("keysmith-test-");
            database = EmbeddedDatabase.start(directory.resolve("postgres"), "keysmith");
            SigningKeyFiles keys = SigningKeyFiles.keepIn(directory.resolve("jwt"));
            byte[] pepper = new byte[32];
            new SecureRandom().nextBytes(pepper);
            // Tests run as the production service does: a role that owns nothing, migrations as the owner.
            Map<String, String> settings = new HashMap<>(DatabaseRoles.prepare(
                    database.jdbcUrl(), database.username(), database.password(), directory.resolve("database-roles")));
            settings.putAll(Map.of(
                    "smallrye.jwt.sign.key.location", keys.privateKey().toString(),
                    "mp.jwt.verify.publickey.location", keys.publicKey().toString(),
                    "keysmith.keys.pepper", Base64.getEncoder().encodeToString(pepper)));
            return settings;
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
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp directory is harmless
            }
        }
    }
}
