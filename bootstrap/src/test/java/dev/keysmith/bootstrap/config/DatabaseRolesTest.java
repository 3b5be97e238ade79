package dev.keysmith.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.embedded.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseRolesTest {

    @TempDir
    Path directory;

    @Test
    void theServiceUrlNamesNoUserSinceAUrlParameterWouldOverrideTheRole() {
        assertThat(DatabaseRoles.withoutUser("jdbc:postgresql://localhost:5432/keysmith?user=postgres"))
                .isEqualTo("jdbc:postgresql://localhost:5432/keysmith");
        assertThat(DatabaseRoles.withoutUser("jdbc:postgresql://h/k?user=postgres&password=x&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/k?ssl=true");
        assertThat(DatabaseRoles.withoutUser("jdbc:postgresql://h/k")).isEqualTo("jdbc:postgresql://h/k");
    }

    @Test
    void anOlderDataDirectoryIsHandedToTheOwnerAndEveryStartKeepsThePasswords() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory.resolve("postgres"), "keysmith")) {
            try (Connection superuser =
                            DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                    Statement sql = superuser.createStatement()) {
                // What a data directory from before the roles holds: the superuser's tables and functions.
                sql.execute("CREATE TABLE audit_event (id INT GENERATED ALWAYS AS IDENTITY PRIMARY KEY)");
                sql.execute("CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql "
                        + "AS 'BEGIN RETURN NULL; END'");
            }
            Path passwords = directory.resolve("database-roles");

            Map<String, String> first =
                    DatabaseRoles.prepare(database.jdbcUrl(), database.username(), database.password(), passwords);
            Map<String, String> second =
                    DatabaseRoles.prepare(database.jdbcUrl(), database.username(), database.password(), passwords);

            assertThat(second).isEqualTo(first);
            assertThat(Files.readString(passwords.resolve("service-password")).strip())
                    .isEqualTo(first.get("quarkus.datasource.password"));
            String url = first.get("quarkus.datasource.jdbc.url");
            try (Connection owner = DriverManager.getConnection(
                            url, first.get("quarkus.flyway.username"), first.get("quarkus.flyway.password"));
                    Statement sql = owner.createStatement()) {
                assertThat(single(sql, "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'audit_event'"))
                        .isEqualTo(DatabaseRoles.OWNER);
                assertThat(single(
                                sql,
                                "SELECT pg_get_userbyid(proowner) FROM pg_proc "
                                        + "WHERE proname = 'audit_event_append_only'"))
                        .isEqualTo(DatabaseRoles.OWNER);
                sql.execute("CREATE TABLE later (id INT)");
            }
            try (Connection service = DriverManager.getConnection(
                            url, first.get("quarkus.datasource.username"), first.get("quarkus.datasource.password"));
                    Statement sql = service.createStatement()) {
                assertThat(single(sql, "SELECT current_user")).isEqualTo(DatabaseRoles.SERVICE);
                assertThatThrownBy(() -> sql.execute("CREATE TABLE planted (id INT)"))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> sql.execute("SET session_replication_role = replica"))
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
