package dev.keysmith.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** A separate process that starts the embedded database, writes a row, says so, and waits to be killed. */
public final class HoldingProcess {

    private HoldingProcess() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), "keysmith");
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (value TEXT)");
            statement.execute("INSERT INTO kept VALUES ('written before the kill')");
        }
        System.out.println("ready");
        System.out.flush();
        System.in.read();
    }
}
