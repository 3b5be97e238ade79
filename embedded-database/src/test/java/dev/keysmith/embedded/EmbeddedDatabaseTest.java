package dev.keysmith.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    void aFreshStartCreatesTheDirectoryTheLockFileSitsIn(@TempDir Path directory) throws Exception {
        Path fresh = directory.resolve("not-yet").resolve("postgres");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(fresh, "keysmith");
                Connection connection = connect(database)) {
            assertThat(connection.isValid(5)).isTrue();
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

    @Test
    void commitsAreFlushedToDiskSoAnAnsweredCommitSurvivesACrash(@TempDir Path directory) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(directory, "keysmith");
                Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            for (String setting : List.of("synchronous_commit", "fsync", "full_page_writes")) {
                try (ResultSet row = statement.executeQuery("SHOW " + setting)) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void aSecondStartOnADirectoryInUseRefusesAndTheFirstKeepsWorking(@TempDir Path directory) throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(directory, "keysmith")) {
            DataDirectoryInUseException refused = catchThrowableOfType(
                    DataDirectoryInUseException.class, () -> EmbeddedDatabase.start(directory, "keysmith"));

            assertThat(refused.getMessage())
                    .contains(
                            directory.toAbsolutePath().toString(),
                            "pid " + ProcessHandle.current().pid());
            assertThat(canConnect(first.jdbcUrl(), first)).isTrue();
        }
    }

    @Test
    void aDatabaseLeftRunningByAKilledProcessIsRefusedWhileItLivesAndRecoveredAfter(@TempDir Path directory)
            throws Exception {
        Process holder = startHoldingProcess(directory);
        try {
            DataDirectoryInUseException refused = catchThrowableOfType(
                    DataDirectoryInUseException.class, () -> EmbeddedDatabase.start(directory, "keysmith"));
            assertThat(refused.holder()).isEqualTo(String.valueOf(holder.pid()));
            ProcessHandle postmaster = LeftoverPostmaster.running(directory).orElseThrow();

            holder.destroyForcibly().waitFor();
            assertThat(postmaster.isAlive())
                    .as("the killed process's PostgreSQL is left running")
                    .isTrue();

            try (EmbeddedDatabase database = EmbeddedDatabase.start(directory, "keysmith");
                    Connection connection = connect(database);
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT value FROM kept")) {
                assertThat(postmaster.isAlive()).isFalse();
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("written before the kill");
            }
        } finally {
            holder.destroyForcibly();
            LeftoverPostmaster.running(directory).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private static Process startHoldingProcess(Path directory) throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldingProcess.class.getName(),
                        directory.toString())
                .redirectErrorStream(true)
                .start();
        BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new java.util.ArrayList<>();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.equals("ready")) {
                return process;
            }
            seen.add(line);
        }
        process.waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException("the holding process exited: " + String.join("\n", seen));
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
