package dev.keysmith.bootstrap.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Least privilege on the embedded database. Migrations run as {@value #OWNER}, which owns the schema; the service
 * connects as {@value #SERVICE}, which owns nothing, is no superuser (so it can neither disable triggers nor set
 * {@code session_replication_role}) and holds only what the migrations grant it. Set up at every start as the
 * superuser, idempotently, with the two passwords generated once and kept in the data directory like the pepper.
 */
public final class DatabaseRoles {

    public static final String OWNER = "keysmith_owner";
    public static final String SERVICE = "keysmith_service";
    private static final String ATTRIBUTES = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";

    private DatabaseRoles() {}

    /**
     * Creates or updates both roles, hands the database, its {@code public} schema and every object in it to the
     * owner (data directories from before these roles hold objects of the superuser), and returns the Quarkus
     * settings that use them: the datasource as the service, Flyway as the owner (and the URL without a
     * {@code user} parameter, which would override both).
     */
    public static Map<String, String> prepare(
            String jdbcUrl, String superuser, String superuserPassword, Path passwordDirectory) throws IOException {
        String ownerPassword = keptPassword(passwordDirectory.resolve("owner-password"));
        String servicePassword = keptPassword(passwordDirectory.resolve("service-password"));
        try (Connection connection = DriverManager.getConnection(jdbcUrl, superuser, superuserPassword);
                Statement sql = connection.createStatement()) {
            upsertRole(connection, OWNER, ownerPassword);
            upsertRole(connection, SERVICE, servicePassword);
            String database = connection.getCatalog();
            sql.execute("ALTER DATABASE " + quoted(database) + " OWNER TO " + OWNER);
            sql.execute("REVOKE ALL ON DATABASE " + quoted(database) + " FROM PUBLIC");
            sql.execute("GRANT CONNECT ON DATABASE " + quoted(database) + " TO " + SERVICE);
            sql.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            // PostgreSQL 14 lets every role create objects in public; only the owner may.
            sql.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            for (String statement : ownershipTransfers(connection)) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not set up the database roles " + OWNER + " and " + SERVICE, e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", withoutUser(jdbcUrl),
                "quarkus.datasource.username", SERVICE,
                "quarkus.datasource.password", servicePassword,
                "quarkus.flyway.username", OWNER,
                "quarkus.flyway.password", ownerPassword);
    }

    private static void upsertRole(Connection connection, String role, String password) throws SQLException {
        boolean exists;
        try (PreparedStatement find = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            find.setString(1, role);
            try (ResultSet row = find.executeQuery()) {
                exists = row.next();
            }
        }
        try (Statement sql = connection.createStatement()) {
            // The password is base64url from our own generator, so it needs no escaping beyond the quotes.
            sql.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + role + " WITH " + ATTRIBUTES + " PASSWORD '"
                    + password + "'");
        }
    }

    /** ALTER … OWNER statements for the tables, views and functions in public the owner does not own yet. */
    private static List<String> ownershipTransfers(Connection connection) throws SQLException {
        List<String> statements = new ArrayList<>();
        String relations = """
                SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
                       ELSE 'TABLE' END, quote_ident(c.relname)
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                   AND pg_get_userbyid(c.relowner) <> ?
                   -- sequences of identity and serial columns follow their table
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')
                                   AND c.relkind = 'S')""";
        String functions = """
                SELECT 'FUNCTION', quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')'
                  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> ?""";
        for (String query : List.of(relations, functions)) {
            try (PreparedStatement find = connection.prepareStatement(query)) {
                find.setString(1, OWNER);
                try (ResultSet row = find.executeQuery()) {
                    while (row.next()) {
                        statements.add(
                                "ALTER " + row.getString(1) + " public." + row.getString(2) + " OWNER TO " + OWNER);
                    }
                }
            }
        }
        return statements;
    }

    /** The URL without {@code user} and {@code password} parameters (zonky puts the superuser's there). */
    static String withoutUser(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return jdbcUrl;
        }
        String kept = Arrays.stream(jdbcUrl.substring(query + 1).split("&"))
                .filter(parameter -> !parameter.startsWith("user=") && !parameter.startsWith("password="))
                .collect(Collectors.joining("&"));
        return jdbcUrl.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }

    private static String keptPassword(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        SecretFiles.writeOwnerOnly(file, password + "\n");
        return password;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
