package dev.keysmith.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @Test
    void dataSurvivesARestartOnTheSameDirectory(@TempDir Path directory) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory, "keysmith");
                Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (value TEXT)");
            statement.execute("INSERT INTO kept VALUES ('still here')");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory, "keysmith");
                Connection connection = connect(database);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT value FROM kept")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void closingStopsTheServer(@TempDir Path directory) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(directory, "keysmith");
        String url = database.jdbcUrl();
        database.close();
        database.close();

        assertThat(canConnect(url, database)).isFalse();
    }

    private static Connection connect(EmbeddedDatabase database) throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    private static boolean canConnect(String url, EmbeddedDatabase database) {
        try (Connection ignored = DriverManager.getConnection(url, database.username(), database.password())) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
