package dev.keysmith.bootstrap.persistence;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import dev.keysmith.bootstrap.config.DatabaseRoles;
import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service's database role (issue 11): it owns nothing and is no superuser, so the audit trail cannot be
 * rewritten through it, not even by switching triggers off; and the service works normally with it.
 */
@QuarkusTest
class LeastPrivilegeTest {

    @Inject
    DataSource dataSource;

    private long count(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void theServiceConnectsAsARoleThatOwnsNothingAndIsNoSuperuser() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            try (ResultSet row = sql.executeQuery("SELECT current_user, rolsuper, rolcreaterole, rolcreatedb, "
                    + "rolreplication, rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
                row.next();
                assertThat(row.getString(1)).isEqualTo(DatabaseRoles.SERVICE);
                assertThat(List.of(
                                row.getBoolean(2),
                                row.getBoolean(3),
                                row.getBoolean(4),
                                row.getBoolean(5),
                                row.getBoolean(6)))
                        .containsOnly(false);
            }
            assertThat(count(
                            sql,
                            "SELECT count(*) FROM pg_class WHERE relowner = "
                                    + "(SELECT oid FROM pg_roles WHERE rolname = current_user)"))
                    .as("tables, indexes, sequences")
                    .isZero();
            assertThat(count(
                            sql,
                            "SELECT count(*) FROM pg_proc WHERE proowner = "
                                    + "(SELECT oid FROM pg_roles WHERE rolname = current_user)"))
                    .as("functions")
                    .isZero();
            assertThat(count(
                            sql,
                            "SELECT count(*) FROM pg_namespace WHERE nspowner = "
                                    + "(SELECT oid FROM pg_roles WHERE rolname = current_user)"))
                    .as("schemas")
                    .isZero();
            assertThat(count(
                            sql,
                            "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner "
                                    + "WHERE c.relname IN ('audit_event', 'api_key') AND r.rolname = '"
                                    + DatabaseRoles.OWNER + "'"))
                    .as("the migrations' role owns the schema")
                    .isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SET session_replication_role = replica",
                "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only",
                "ALTER TABLE audit_event DISABLE TRIGGER ALL",
                "UPDATE audit_event SET action = 'TAMPERED'",
                "DELETE FROM audit_event",
                "TRUNCATE audit_event",
                "TRUNCATE api_key CASCADE",
                "DROP TABLE audit_event",
                "CREATE TABLE planted (id INT)",
                "CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END'",
                "SELECT * FROM flyway_schema_history",
            })
    void whatCouldRewriteTheTrailOrTheSchemaIsRefused(String statement) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            long before = count(sql, "SELECT count(*) FROM audit_event");
            // Rolled back whatever happens: should the role ever be allowed, the damage stays in this test.
            connection.setAutoCommit(false);
            try {
                assertThatThrownBy(() -> sql.execute(statement))
                        .isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState())
                                .as("insufficient privilege, or must be owner")
                                .isEqualTo("42501"));
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }

            assertThat(count(sql, "SELECT count(*) FROM audit_event")).isGreaterThanOrEqualTo(before);
            assertThat(count(
                            sql,
                            "SELECT count(*) FROM pg_trigger WHERE tgname = 'audit_event_append_only' "
                                    + "AND tgenabled = 'O'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void withThatRoleTheServiceWorksNormally() {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        as(f.account().ownerToken())
                .body(Map.of("pin", Api.PIN))
                .post(f.keys() + "/" + key[0] + "/revoke")
                .then()
                .statusCode(200);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        as(verifier.token())
                .body(Map.of("key", key[1], "product", f.product()))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .body("code", equalTo("REVOKED"));
        as(f.account().ownerToken())
                .get("/v1/accounts/" + f.account().id() + "/audit-events?keyId=" + key[0])
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("KEY_REVOKED"));
    }
}
