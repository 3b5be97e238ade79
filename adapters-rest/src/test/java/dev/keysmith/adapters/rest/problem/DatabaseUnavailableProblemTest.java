package dev.keysmith.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keysmith.adapters.rest.support.Json;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way PostgreSQL says "not now" is a 503 to retry, however deep the frameworks bury it; anything else stays a 500. */
class DatabaseUnavailableProblemTest {

    /** The mapper logs the path of the failed request; only that is asked of the request's URI. */
    private static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(
            UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> "/v1/accounts/a/keys");

    private final ProblemMapper mapper = new ProblemMapper();

    @ParameterizedTest
    @ValueSource(strings = {"08000", "08001", "08003", "08006", "57P01", "57P02", "57P03", "53300"})
    void an_unavailable_database_state_is_a_503_with_retry_after(String sqlState) {
        assertUnavailable(mapper.unexpected(wrapped(new SQLException("the driver's words", sqlState)), URI));
    }

    @Test
    void a_write_whose_server_died_under_it_is_a_503_not_a_500() {
        // PostgreSQL's answer to a fast shutdown, as Hibernate and the transaction wrap it.
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        RuntimeException hibernate = new RuntimeException("could not execute statement", terminated);

        assertUnavailable(mapper.unexpected(new IllegalStateException("transaction failed", hibernate), URI));
    }

    @Test
    void a_commit_failure_attached_as_suppressed_is_found() {
        // Narayana reports why a commit failed through suppressed exceptions of its RollbackException.
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new IllegalStateException("commit", new SQLException("I/O error", "08006")));

        assertUnavailable(mapper.unexpected(new RuntimeException(rollback), URI));
    }

    @Test
    void a_chained_next_exception_is_found() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertUnavailable(mapper.unexpected(wrapped(batch), URI));
    }

    @Test
    void no_connection_from_the_pool_in_time_is_a_503() {
        assertUnavailable(mapper.unexpected(wrapped(new SQLException("Sorry, acquisition timeout!")), URI));
        assertUnavailable(mapper.unexpected(wrapped(new SQLTransientConnectionException("no connection")), URI));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "40001", "42P01", "57014", "XX000"})
    void other_database_errors_stay_a_500(String sqlState) {
        Response response = mapper.unexpected(wrapped(new SQLException("the driver's words", sqlState)), URI);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(Json.tree(response.getEntity()).get("code").asText()).isEqualTo("SERVER_ERROR");
    }

    @Test
    void a_cause_cycle_ends() {
        CyclicFailure first = new CyclicFailure();
        CyclicFailure second = new CyclicFailure();
        first.cause = second;
        second.cause = first;

        assertThat(DatabaseUnavailability.causedBy(first)).isFalse();
    }

    private static RuntimeException wrapped(SQLException e) {
        return new RuntimeException("could not execute query", new RuntimeException("JDBC", e));
    }

    private static void assertUnavailable(Response response) {
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        JsonNode problem = Json.tree(response.getEntity());
        assertThat(problem.get("code").asText()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
    }

    private static final class CyclicFailure extends RuntimeException {
        private Throwable cause;

        @Override
        public synchronized Throwable getCause() {
            return cause;
        }
    }
}
