package dev.keysmith.bootstrap.verify;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** POST /v1/keys/verify through the HTTP API: every code, the order of checks, and cache behaviour. */
@QuarkusTest
class VerificationTest {

    @Inject
    DataSource dataSource;

    @Inject
    dev.keysmith.application.port.out.UsageRecorderPort usage;

    private static String verify(String verifierToken, Map<String, Object> body) {
        return as(verifierToken)
                .body(body)
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    @Test
    void aValidKeyIsDescribedAndRefusalsSayNothingElse() {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(List.of("203.0.113.0/24"));
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());

        as(verifier.token())
                .body(Map.of(
                        "key",
                        key[1],
                        "product",
                        f.product(),
                        "clientIp",
                        "203.0.113.7",
                        "scopes",
                        List.of("read"),
                        "accountId",
                        f.account().id()))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("code", equalTo("VALID"))
                .body("keyId", equalTo(key[0]))
                .body("accountId", equalTo(f.account().id()))
                .body("name", equalTo("Marketing Automation"));
        as(verifier.token())
                .body(Map.of("key", key[1], "product", f.product(), "clientIp", "198.51.100.1"))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .body("$", aMapWithSize(2))
                .body("valid", equalTo(false))
                .body("code", equalTo("IP_NOT_ALLOWED"));
        assertThat(verify(verifier.token(), Map.of("key", key[1], "product", f.product())))
                .as("a restricted key without a client address fails closed")
                .isEqualTo("IP_NOT_ALLOWED");
        assertThat(verify(
                        verifier.token(),
                        Map.of(
                                "key",
                                key[1],
                                "product",
                                f.product(),
                                "clientIp",
                                "203.0.113.7",
                                "scopes",
                                List.of("delete"))))
                .isEqualTo("INSUFFICIENT_SCOPE");
        assertThat(verify(
                        verifier.token(),
                        Map.of(
                                "key",
                                key[1],
                                "product",
                                f.product(),
                                "clientIp",
                                "203.0.113.7",
                                "accountId",
                                java.util.UUID.randomUUID().toString())))
                .isEqualTo("WRONG_ACCOUNT");
        assertThat(verify(
                        verifier.token(),
                        Map.of(
                                "key",
                                key[1].substring(0, key[1].length() - 1) + (key[1].endsWith("0") ? "1" : "0"),
                                "product",
                                f.product())))
                .as("the key with its last character changed")
                .isIn("MALFORMED", "NOT_FOUND");
        assertThat(verify(verifier.token(), Map.of("key", "nonsense", "product", f.product())))
                .isEqualTo("MALFORMED");
    }

    @Test
    void everyChangeTurnsTheAnswerAtOnce() {
        KeyFixture f = KeyFixture.create();
        String owner = f.account().ownerToken();
        String[] key = f.key(null);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        Map<String, Object> body = Map.of("key", key[1], "product", f.product());
        assertThat(verify(verifier.token(), body)).isEqualTo("VALID");

        as(owner).post(f.keys() + "/" + key[0] + "/disable").then().statusCode(200);
        assertThat(awaitCode(verifier.token(), body, "DISABLED")).isEqualTo("DISABLED");
        as(owner).post(f.keys() + "/" + key[0] + "/enable").then().statusCode(200);
        assertThat(awaitCode(verifier.token(), body, "VALID")).isEqualTo("VALID");

        as(f.operator())
                .delete("/v1/accounts/" + f.account().id() + "/products/" + f.product())
                .then()
                .statusCode(200);
        assertThat(awaitCode(verifier.token(), body, "PRODUCT_NOT_ENABLED")).isEqualTo("PRODUCT_NOT_ENABLED");
        Api.enable(f.operator(), f.account().id(), f.product());
        assertThat(awaitCode(verifier.token(), body, "VALID")).isEqualTo("VALID");

        as(f.operator())
                .post("/v1/accounts/" + f.account().id() + "/suspend")
                .then()
                .statusCode(200);
        assertThat(awaitCode(verifier.token(), body, "ACCOUNT_SUSPENDED")).isEqualTo("ACCOUNT_SUSPENDED");
        as(f.operator())
                .post("/v1/accounts/" + f.account().id() + "/reinstate")
                .then()
                .statusCode(200);

        String next = as(owner)
                .body(Map.of("pin", Api.PIN, "gracePeriodSeconds", 3600))
                .post(f.keys() + "/" + key[0] + "/regenerate")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
        assertThat(awaitCode(verifier.token(), body, "VALID"))
                .as("the old key lives through its grace")
                .isEqualTo("VALID");
        assertThat(verify(verifier.token(), Map.of("key", next, "product", f.product())))
                .isEqualTo("VALID");

        String other = Api.product(f.operator())[0];
        Api.Verifier otherVerifier = Api.verifier(f.operator(), other);
        assertThat(verify(otherVerifier.token(), Map.of("key", next, "product", other)))
                .isEqualTo("WRONG_PRODUCT");
        as(verifier.token())
                .body(Map.of("key", next, "product", other))
                .post("/v1/keys/verify")
                .then()
                .statusCode(403)
                .body("code", equalTo("VERIFIER_NOT_FOR_PRODUCT"));
    }

    @Test
    void aKeyWhosePrefixIsNotItsProductsIsForAnotherProduct() throws Exception {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            // The API never changes a prefix; a row edited by hand stands for a key made under another prefix.
            sql.execute(
                    "UPDATE product SET key_prefix = 'x' || substr(key_prefix, 2) WHERE code = '" + f.product() + "'");
        }

        assertThat(verify(verifier.token(), Map.of("key", key[1], "product", f.product())))
                .as("the key is found, but its prefix is not the requested product's")
                .isEqualTo("WRONG_PRODUCT");
    }

    @Test
    void aDisabledVerifierClientIsRefusedAlthoughItsTokenLives() {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        assertThat(verify(verifier.token(), Map.of("key", key[1], "product", f.product())))
                .isEqualTo("VALID");

        as(f.operator())
                .post("/v1/verifier-clients/" + verifier.id() + "/disable")
                .then()
                .statusCode(200);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(3));
        int status = 200;
        while (status == 200 && Instant.now().isBefore(deadline)) {
            status = as(verifier.token())
                    .body(Map.of("key", key[1], "product", f.product()))
                    .post("/v1/keys/verify")
                    .statusCode();
        }
        assertThat(status).isEqualTo(401);
    }

    @Test
    void afterLosingTheListenerTheSnapshotIsRebuiltSoMissedChangesCount() throws Exception {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        Map<String, Object> body = Map.of("key", key[1], "product", f.product());
        assertThat(verify(verifier.token(), body)).isEqualTo("VALID");

        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            // A change nobody announces, then the listener's connection dies: the notification is lost.
            sql.execute("UPDATE api_key SET status = 'DISABLED' WHERE id = '" + key[0] + "'");
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'");
        }

        assertThat(awaitCode(verifier.token(), body, "DISABLED")).isEqualTo("DISABLED");
    }

    @Test
    void usesAreCoalescedInMemoryAndWrittenByTheFlush() throws Exception {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        for (int i = 0; i < 20; i++) {
            assertThat(verify(verifier.token(), Map.of("key", key[1], "product", f.product())))
                    .isEqualTo("VALID");
        }
        assertThat(lastUsedAt(key[0])).as("nothing written per verification").isNull();

        usage.flush();

        assertThat(lastUsedAt(key[0])).isNotNull();
        as(f.account().ownerToken())
                .get(f.keys() + "/" + key[0])
                .then()
                .body("lastUsedAt", org.hamcrest.Matchers.notNullValue());
    }

    private java.sql.Timestamp lastUsedAt(String keyId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                java.sql.ResultSet row =
                        sql.executeQuery("SELECT last_used_at FROM api_key WHERE id = '" + keyId + "'")) {
            row.next();
            return row.getTimestamp(1);
        }
    }

    /** Polls the verify endpoint until it answers {@code expected} or ten seconds pass. */
    private static String awaitCode(String token, Map<String, Object> body, String expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        String code = verify(token, body);
        while (!code.equals(expected) && Instant.now().isBefore(deadline)) {
            code = verify(token, body);
        }
        return code;
    }
}
