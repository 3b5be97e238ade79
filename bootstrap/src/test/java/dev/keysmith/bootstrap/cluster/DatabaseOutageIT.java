package dev.keysmith.bootstrap.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.config.SigningKeyFiles;
import dev.keysmith.embedded.EmbeddedDatabase;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service on a PostgreSQL of this test's own, which the test freezes (SIGSTOP on every PostgreSQL
 * process) and then kills (SIGKILL): keys and the verifier client already in the snapshot keep verifying for the
 * staleness bound, anything else gets 503 within about the database timeout, readiness says DOWN, and once the
 * bound has passed cached answers stop too (SPEC §5 Durability; README "When the database is down").
 */
class DatabaseOutageIT {

    private static final Duration MAX_STALENESS = Duration.ofSeconds(6);
    /** The bar for a cached key during an outage. */
    private static final Duration CACHED_ANSWER = Duration.ofSeconds(1);
    /** The default database timeout is 250 ms; the rest is the request itself on a busy machine. */
    private static final Duration UNAVAILABLE_ANSWER = Duration.ofMillis(1_500);

    private static final String PASSWORD = "a-long-test-password";
    private static final String PIN = "482913";
    private static final String PRODUCT = "outage-payments";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Path dataDirectory;
    private static EmbeddedDatabase database;
    private static AppInstance app;
    private static String verifierToken;
    private static String cachedKey;
    private static String uncachedKey;

    @BeforeAll
    static void startTheServiceOnItsOwnDatabase() throws Exception {
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "keysmith-outage-")
                .toAbsolutePath();
        dataDirectory = directory.resolve("postgres");
        database = EmbeddedDatabase.start(dataDirectory, "keysmith");
        SigningKeyFiles keys = SigningKeyFiles.keepIn(directory.resolve("jwt"));
        byte[] pepper = new byte[32];
        new SecureRandom().nextBytes(pepper);
        app = AppInstance.start(
                AppInstance.jar().toPath(),
                Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(),
                        "QUARKUS_DATASOURCE_USERNAME", database.username(),
                        "QUARKUS_DATASOURCE_PASSWORD", database.password(),
                        "SMALLRYE_JWT_SIGN_KEY_LOCATION", keys.privateKey().toString(),
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKey().toString(),
                        "KEYSMITH_KEYS_PEPPER", Base64.getEncoder().encodeToString(pepper),
                        "KEYSMITH_BOOTSTRAP_OPERATOR_PASSWORD", "operator-outage-password",
                        "KEYSMITH_VERIFICATION_MAX_STALENESS", MAX_STALENESS.toSeconds() + "s"),
                directory.resolve("app.log"));
        app.awaitReady(Duration.ofSeconds(90));

        String operator = on(null).body(
                        Map.of("email", "operator@keysmith.local", "password", "operator-outage-password"))
                .post("/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        on(operator)
                .body(Map.of("code", PRODUCT, "name", "Payments", "keyPrefix", "out", "scopes", List.of("read")))
                .post("/v1/products")
                .then()
                .statusCode(201);
        String email = "owner@outage.example";
        JsonPath account = on(operator)
                .body(Map.of("name", "Outage customer", "owner", Map.of("email", email, "displayName", "Owner")))
                .post("/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String accountId = account.getString("id");
        on(null).body(Map.of("displayName", "Owner", "password", PASSWORD, "pin", PIN))
                .post("/v1/invitations/" + account.getString("ownerInvitation.token") + "/accept")
                .then()
                .statusCode(201);
        on(operator).post("/v1/accounts/" + accountId + "/approve").then().statusCode(200);
        on(operator)
                .put("/v1/accounts/" + accountId + "/products/" + PRODUCT)
                .then()
                .statusCode(200);
        String owner = on(null).body(Map.of("email", email, "password", PASSWORD))
                .post("/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        cachedKey = generate(owner, accountId);
        uncachedKey = generate(owner, accountId);
        JsonPath client = on(operator)
                .body(Map.of("name", "Payments backend", "products", List.of(PRODUCT)))
                .post("/v1/verifier-clients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        verifierToken = given().baseUri(app.url())
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", client.getString("clientId"))
                .formParam("client_secret", client.getString("clientSecret"))
                .post("/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            try {
                database.close();
            } catch (RuntimeException alreadyKilled) {
                // the test killed it; nothing is left to stop
            }
        }
    }

    @Test
    void cachedAnswersRideOutAFrozenThenKilledDatabaseForTheStalenessBound() throws Exception {
        // Cached once the listener trusts the snapshot (right after start the snapshot is not trusted yet).
        Instant deadline = Instant.now().plusSeconds(30);
        while (!"VALID".equals(verify(cachedKey, Duration.ofSeconds(5)).code())) {
            assertThat(Instant.now()).as("the key never verified").isBefore(deadline);
        }
        assertThat(verify(cachedKey, Duration.ofSeconds(5)).code()).isEqualTo("VALID");
        List<Long> postgres = postgresProcesses();

        signal("STOP", postgres);
        Instant frozen = Instant.now();
        try {
            assertThat(verify(cachedKey, CACHED_ANSWER).code())
                    .as("a cached key, database frozen")
                    .isEqualTo("VALID");
            assertUnavailable(verify(uncachedKey, UNAVAILABLE_ANSWER));
            Answer ready = get("/q/health/ready", UNAVAILABLE_ANSWER);
            assertThat(ready.status())
                    .as("readiness with a frozen database: %s", ready.body())
                    .isEqualTo(503);
            assertThat(ready.body()).contains("DOWN");
            assertThat(get("/q/health/live", UNAVAILABLE_ANSWER).status())
                    .as("liveness")
                    .isEqualTo(200);
        } finally {
            signal("KILL", postgres);
        }

        assertThat(verify(cachedKey, CACHED_ANSWER).code())
                .as("a cached key, database killed")
                .isEqualTo("VALID");
        assertUnavailable(verify(uncachedKey, UNAVAILABLE_ANSWER));

        Instant lastValid = Instant.now();
        Answer answer = verify(cachedKey, CACHED_ANSWER);
        while (answer.status() == 200) {
            assertThat(answer.code()).isEqualTo("VALID");
            lastValid = Instant.now();
            assertThat(Duration.between(frozen, lastValid))
                    .as("cached answers outlive the staleness bound")
                    .isLessThan(MAX_STALENESS.plusSeconds(3));
            answer = verify(cachedKey, UNAVAILABLE_ANSWER);
        }
        assertUnavailable(answer);
        // Trust runs from the last heartbeat the listener heard, at most about a second before the freeze.
        assertThat(Duration.between(frozen, lastValid))
                .as("cached answers stopped early")
                .isGreaterThan(MAX_STALENESS.minusSeconds(2));
        System.out.printf(
                "cached answers served for %d ms after the database froze (bound %d ms)%n",
                Duration.between(frozen, lastValid).toMillis(), MAX_STALENESS.toMillis());
    }

    private static void assertUnavailable(Answer answer) {
        assertThat(answer.status()).as("answer: %s", answer.body()).isEqualTo(503);
        assertThat(answer.body()).contains("DATABASE_UNAVAILABLE");
        assertThat(answer.retryAfter()).isNotEmpty();
    }

    private static String generate(String owner, String accountId) {
        return on(owner)
                .body(Map.of("product", PRODUCT, "name", "Checkout", "pin", PIN))
                .post("/v1/accounts/" + accountId + "/keys")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
    }

    private static RequestSpecification on(String token) {
        RequestSpecification request = given().baseUri(app.url()).contentType(ContentType.JSON);
        return token == null ? request : request.auth().oauth2(token);
    }

    private record Answer(int status, String body, String retryAfter) {

        String code() {
            return status == 200 ? JsonPath.from(body).getString("code") : "HTTP " + status;
        }
    }

    /** One verification that must be answered within {@code limit}; a slower answer fails the test. */
    private static Answer verify(String key, Duration limit) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(app.url() + "/v1/keys/verify"))
                        .header("Authorization", "Bearer " + verifierToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"key\":\"" + key + "\",\"product\":\"" + PRODUCT + "\"}")),
                limit);
    }

    private static Answer get(String path, Duration limit) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(app.url() + path)).GET(), limit);
    }

    private static Answer send(HttpRequest.Builder request, Duration limit) throws Exception {
        try {
            HttpResponse<String> response =
                    HTTP.send(request.timeout(limit).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Retry-After").orElse(""));
        } catch (HttpTimeoutException slow) {
            throw new AssertionError("no answer within " + limit, slow);
        }
    }

    /** The postmaster named in its pid file and every process it started, checked to be this test's PostgreSQL. */
    private static List<Long> postgresProcesses() throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .trim());
        String command = Files.readString(Path.of("/proc", String.valueOf(postmaster), "cmdline"))
                .replace('\0', ' ');
        assertThat(command)
                .as("the pid file's process")
                .contains("postgres")
                .contains(dataDirectory.getParent().getFileName().toString());
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster);
        ProcessHandle.of(postmaster).orElseThrow().descendants().forEach(child -> pids.add(child.pid()));
        assertThat(pids).as("the postmaster and its backends").hasSizeGreaterThan(3);
        return pids;
    }

    private static void signal(String signal, List<Long> pids) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(String.valueOf(pid)));
        Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(kill.getInputStream().readAllBytes());
        assertThat(kill.waitFor()).as("kill -%s: %s", signal, output).isZero();
    }
}
