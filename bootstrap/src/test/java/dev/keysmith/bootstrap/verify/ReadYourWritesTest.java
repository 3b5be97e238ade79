package dev.keysmith.bootstrap.verify;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The instance that makes a change answers from it at once: a verification sent right after the change was
 * acknowledged never sees what it replaced (SPEC §5: "on the instance that made the change, at once"). Every
 * check here is a single request, never a poll. Around each change the instance's own change listener is
 * deaf (its one PostgreSQL backend is paused with SIGSTOP), so the fresh answer cannot come from the NOTIFY
 * round trip, only from the changing instance itself.
 */
@QuarkusTest
class ReadYourWritesTest {

    private static final int ROUNDS = 40;

    @Inject
    DataSource dataSource;

    /** Runs {@code change} (a change and the verifications right after it) while the listener hears nothing. */
    private void deaf(Runnable change) {
        long listener = listenerBackend();
        signal("STOP", listener);
        try {
            change.run();
        } finally {
            signal("CONT", listener);
        }
    }

    /** The listener's backend; polls while the listener (re)connects. */
    private long listenerBackend() {
        Instant deadline = Instant.now().plusSeconds(10);
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            while (true) {
                try (ResultSet row = sql.executeQuery("SELECT pid FROM pg_stat_activity"
                        + " WHERE application_name = 'keysmith-change-listener' AND query LIKE 'LISTEN%'")) {
                    if (row.next()) {
                        return row.getLong(1);
                    }
                }
                assertThat(Instant.now())
                        .as("the change listener never connected")
                        .isBefore(deadline);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid))
                    .redirectErrorStream(true)
                    .start();
            assertThat(kill.waitFor()).as("kill -%s %d", signal, pid).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String verify(Api.Verifier verifier, Map<String, Object> body) {
        return as(verifier.token())
                .body(body)
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    @Test
    void aKeyDisabledOrEnabledAnswersSoOnTheVeryNextVerification() {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        Map<String, Object> body = Map.of("key", key[1], "product", f.product());
        String owner = f.account().ownerToken();

        for (int round = 0; round < ROUNDS; round++) {
            assertThat(verify(verifier, body))
                    .as("round %d, before the disable", round)
                    .isEqualTo("VALID");
            int r = round;
            deaf(() -> {
                as(owner).post(f.keys() + "/" + key[0] + "/disable").then().statusCode(200);
                assertThat(verify(verifier, body))
                        .as("round %d, right after the disable", r)
                        .isEqualTo("DISABLED");
                as(owner).post(f.keys() + "/" + key[0] + "/enable").then().statusCode(200);
                assertThat(verify(verifier, body))
                        .as("round %d, right after the enable", r)
                        .isEqualTo("VALID");
            });
        }
    }

    @Test
    void editsRevocationAndRegenerationAnswerSoOnTheVeryNextVerification() {
        KeyFixture f = KeyFixture.create();
        String owner = f.account().ownerToken();
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());

        String[] edited = f.key(null);
        Map<String, Object> writing = Map.of("key", edited[1], "product", f.product(), "scopes", List.of("write"));
        assertThat(verify(verifier, writing)).isEqualTo("INSUFFICIENT_SCOPE");
        deaf(() -> {
            as(owner)
                    .body(Map.of("scopes", List.of("read", "write")))
                    .patch(f.keys() + "/" + edited[0])
                    .then()
                    .statusCode(200);
            assertThat(verify(verifier, writing)).as("right after the edit").isEqualTo("VALID");
            as(owner)
                    .body(Map.of("ipAllowlist", List.of("203.0.113.0/24")))
                    .patch(f.keys() + "/" + edited[0])
                    .then()
                    .statusCode(200);
            assertThat(verify(verifier, Map.of("key", edited[1], "product", f.product(), "clientIp", "198.51.100.1")))
                    .as("right after the allowlist edit")
                    .isEqualTo("IP_NOT_ALLOWED");
        });

        String[] revoked = f.key(null);
        Map<String, Object> body = Map.of("key", revoked[1], "product", f.product());
        assertThat(verify(verifier, body)).isEqualTo("VALID");
        deaf(() -> {
            as(owner)
                    .body(Map.of("pin", Api.PIN))
                    .post(f.keys() + "/" + revoked[0] + "/revoke")
                    .then()
                    .statusCode(200);
            assertThat(verify(verifier, body)).as("right after the revocation").isIn("REVOKED", "NOT_FOUND");
        });

        String[] replaced = f.key(null);
        Map<String, Object> old = Map.of("key", replaced[1], "product", f.product());
        assertThat(verify(verifier, old)).isEqualTo("VALID");
        deaf(() -> {
            String successor = as(owner)
                    .body(Map.of("pin", Api.PIN))
                    .post(f.keys() + "/" + replaced[0] + "/regenerate")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("secret");
            assertThat(verify(verifier, old))
                    .as("the replaced key, right after the regeneration")
                    .isIn("REVOKED", "NOT_FOUND");
            assertThat(verify(verifier, Map.of("key", successor, "product", f.product())))
                    .isEqualTo("VALID");
        });
    }

    @Test
    void aSuspendedOrReinstatedAccountAndADisabledOrEnabledProductAnswerSoAtOnce() {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        Map<String, Object> body = Map.of("key", key[1], "product", f.product());
        String account = "/v1/accounts/" + f.account().id();

        for (int round = 0; round < 5; round++) {
            assertThat(verify(verifier, body)).as("round %d", round).isEqualTo("VALID");
            int r = round;
            deaf(() -> {
                as(f.operator()).post(account + "/suspend").then().statusCode(200);
                assertThat(verify(verifier, body))
                        .as("round %d, right after the suspension", r)
                        .isEqualTo("ACCOUNT_SUSPENDED");
                as(f.operator()).post(account + "/reinstate").then().statusCode(200);
                assertThat(verify(verifier, body))
                        .as("round %d, right after the reinstatement", r)
                        .isEqualTo("VALID");

                as(f.operator())
                        .delete(account + "/products/" + f.product())
                        .then()
                        .statusCode(200);
                assertThat(verify(verifier, body))
                        .as("round %d, right after the product was disabled", r)
                        .isEqualTo("PRODUCT_NOT_ENABLED");
                Api.enable(f.operator(), f.account().id(), f.product());
                assertThat(verify(verifier, body))
                        .as("round %d, right after the product was enabled", r)
                        .isEqualTo("VALID");
            });
        }
    }

    @Test
    void aSubAccountsKeyFollowsItsMastersSuspensionAtOnce() {
        KeyFixture master = KeyFixture.create();
        Api.Account sub = Api.account(master.operator(), master.account().id());
        Api.enable(master.operator(), sub.id(), master.product());
        String secret = as(sub.ownerToken())
                .body(Map.of("product", master.product(), "name", "Till", "pin", Api.PIN))
                .post("/v1/accounts/" + sub.id() + "/keys")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
        Api.Verifier verifier = Api.verifier(master.operator(), master.product());
        Map<String, Object> body = Map.of("key", secret, "product", master.product());
        assertThat(verify(verifier, body)).isEqualTo("VALID");

        deaf(() -> {
            as(master.operator())
                    .post("/v1/accounts/" + master.account().id() + "/suspend")
                    .then()
                    .statusCode(200);
            assertThat(verify(verifier, body)).isEqualTo("ACCOUNT_SUSPENDED");
        });
    }

    @Test
    void aVerifierClientDisabledOrEnabledIsTreatedSoAtOnceAndANewTokenWorksAtOnce() {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        Map<String, Object> body = Map.of("key", key[1], "product", f.product());
        String client = "/v1/verifier-clients/" + verifier.id();

        for (int round = 0; round < 5; round++) {
            int r = round;
            deaf(() -> {
                as(f.operator()).post(client + "/disable").then().statusCode(200);
                as(verifier.token()).body(body).post("/v1/keys/verify").then().statusCode(401);
                as(f.operator()).post(client + "/enable").then().statusCode(200);
                // A disable ends the tokens issued before it (issue 11); a token issued after the enable works at once.
                as(verifier.token()).body(body).post("/v1/keys/verify").then().statusCode(401);
                Api.Verifier fresh = new Api.Verifier(
                        verifier.id(),
                        verifier.clientId(),
                        verifier.secret(),
                        Api.verifierToken(verifier.clientId(), verifier.secret()));
                assertThat(verify(fresh, body))
                        .as("round %d: a new token, right after the enable", r)
                        .isEqualTo("VALID");
            });
        }
    }
}
