package dev.keysmith.bootstrap.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged service on its embedded PostgreSQL, crashed and restarted on one data directory: nothing it
 * acknowledged is lost, a killed service's database is recovered, a held directory is refused, and a stop
 * flushes the last uses before the database goes (issue 10). The steps run in order on the same directory.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final String PASSWORD = "a-long-test-password";
    private static final String PIN = "482913";
    private static final String PRODUCT = "crash-payments";
    private static final Duration START_LIMIT = Duration.ofSeconds(150);

    private static Path directory;
    private static Map<String, String> environment;
    private static AppInstance app;
    private static int starts;
    private static String operator;
    private static String accountId;
    private static String owner;
    private static String verifier;

    private static Key revoked;
    private static Key disabled;
    private static final List<Key> generated = new ArrayList<>();

    record Key(String id, String secret) {}

    @BeforeAll
    static void startOnAFreshDataDirectory() throws Exception {
        directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "keysmith-crash-")
                .toAbsolutePath();
        environment = Map.of(
                "KEYSMITH_DATA_DIR", directory.toString(),
                "KEYSMITH_BOOTSTRAP_OPERATOR_PASSWORD", "operator-crash-password",
                // Only the flush at shutdown may write last-use times, so the test sees whether it ran.
                "KEYSMITH_USAGE_FLUSH_INTERVAL", "1h",
                "KEYSMITH_EXPIRY_SCHEDULE", "off");
        app = start();

        operator = on(null).body(Map.of("email", "operator@keysmith.local", "password", "operator-crash-password"))
                .post("/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        on(operator)
                .body(Map.of("code", PRODUCT, "name", "Payments", "keyPrefix", "crs", "scopes", List.of("read")))
                .post("/v1/products")
                .then()
                .statusCode(201);
        JsonPath created = on(operator)
                .body(Map.of(
                        "name",
                        "Crash customer",
                        "owner",
                        Map.of("email", "owner@crash.example", "displayName", "Owner")))
                .post("/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        accountId = created.getString("id");
        on(null).body(Map.of("displayName", "Owner", "password", PASSWORD, "pin", PIN))
                .post("/v1/invitations/" + created.getString("ownerInvitation.token") + "/accept")
                .then()
                .statusCode(201);
        on(operator).post("/v1/accounts/" + accountId + "/approve").then().statusCode(200);
        on(operator)
                .put("/v1/accounts/" + accountId + "/products/" + PRODUCT)
                .then()
                .statusCode(200);
        owner = on(null).body(Map.of("email", "owner@crash.example", "password", PASSWORD))
                .post("/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        JsonPath client = on(operator)
                .body(Map.of("name", "Payments backend", "products", List.of(PRODUCT)))
                .post("/v1/verifier-clients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        verifier = given().baseUri(app.url())
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
        if (app != null && app.isAlive()) {
            app.kill();
        }
        killPostgres();
    }

    @Test
    @Order(1)
    void aSecondServiceOnTheSameDataDirectoryRefusesNamingTheHolderAndTheFirstKeepsWorking() throws Exception {
        AppInstance second =
                AppInstance.start(AppInstance.jar().toPath(), environment, directory.resolve("second.log"));

        assertThat(second.awaitExit(START_LIMIT)).isNotZero();
        assertThat(Files.readString(directory.resolve("second.log")))
                .contains(
                        "in use by another running Keysmith (pid " + app.pid() + ")",
                        directory.resolve("postgres").toString());
        Key key = generate();
        assertThat(verify(key)).isEqualTo("VALID");
    }

    @Test
    @Order(2)
    void aUseJustBeforeSigtermIsInTheDatabaseAfterTheRestart() throws Exception {
        Key used = generate();
        assertThat(verify(used)).isEqualTo("VALID");

        assertThat(app.terminate(START_LIMIT)).as("exit code after SIGTERM").isEqualTo(143);
        assertThat(Files.readString(app.log)).doesNotContain("could not record the use");
        app = start();

        assertThat(key(used).getString("lastUsedAt"))
                .as("last use written by the flush at shutdown")
                .isNotNull();
    }

    @Test
    @Order(3)
    void everyAcknowledgedChangeSurvivesSigkillOfPostgresAndTheService() throws Exception {
        revoked = generate();
        disabled = generate();
        Key third = generate();
        on(owner)
                .body(Map.of("pin", PIN))
                .post(keys() + "/" + revoked.id() + "/revoke")
                .then()
                .statusCode(200);
        on(owner).post(keys() + "/" + disabled.id() + "/disable").then().statusCode(200);
        Key last = generate();
        killPostgres();
        app.kill();

        app = start();

        assertThat(status(revoked)).isEqualTo("REVOKED");
        assertThat(verify(revoked)).isIn("NOT_FOUND", "REVOKED");
        assertThat(auditActions(revoked)).contains("KEY_GENERATED", "KEY_REVOKED");
        assertThat(status(disabled)).isEqualTo("DISABLED");
        assertThat(verify(disabled)).isEqualTo("DISABLED");
        assertThat(auditActions(disabled)).contains("KEY_GENERATED", "KEY_DISABLED");
        for (Key key : List.of(third, last)) {
            assertThat(status(key)).isEqualTo("ACTIVE");
            assertThat(verify(key)).isEqualTo("VALID");
        }
        for (Key key : generated) {
            assertThat(key(key).getString("id")).isEqualTo(key.id());
        }
    }

    @Test
    @Order(4)
    void aRestartAfterSigkillOfTheServiceAloneStopsItsLeftoverPostgresAndStarts() throws Exception {
        ProcessHandle leftover = postmaster().orElseThrow();
        app.kill();
        assertThat(leftover.isAlive())
                .as("the killed service's PostgreSQL is still running")
                .isTrue();

        app = start();

        assertThat(leftover.isAlive()).isFalse();
        assertThat(status(revoked)).isEqualTo("REVOKED");
        assertThat(verify(disabled)).isEqualTo("DISABLED");
    }

    @Test
    @Order(5)
    void aWriteInFlightWhenPostgresDiesIsA503ToRetry() throws Exception {
        Key key = generate();
        List<ProcessHandle> postgres = postgresProcesses();
        signal("STOP", postgres);
        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create(app.url() + keys() + "/" + key.id() + "/disable"))
                                .header("Authorization", "Bearer " + owner)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThatThrownBy(() -> inFlight.get(1, TimeUnit.SECONDS))
                .as("the write waits on the stopped database")
                .isInstanceOf(TimeoutException.class);

        postgres.forEach(ProcessHandle::destroyForcibly);
        HttpResponse<String> answer = inFlight.get(60, TimeUnit.SECONDS);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(JsonPath.from(answer.body()).getString("code")).isEqualTo("DATABASE_UNAVAILABLE");
    }

    private static AppInstance start() throws Exception {
        starts++;
        AppInstance instance = AppInstance.start(
                AppInstance.jar().toPath(), environment, directory.resolve("start-" + starts + ".log"));
        instance.awaitReady(START_LIMIT);
        return instance;
    }

    private static RequestSpecification on(String token) {
        RequestSpecification request = given().baseUri(app.url()).contentType(ContentType.JSON);
        return token == null ? request : request.auth().oauth2(token);
    }

    private static String keys() {
        return "/v1/accounts/" + accountId + "/keys";
    }

    private static Key generate() {
        JsonPath created = on(owner)
                .body(Map.of("product", PRODUCT, "name", "Key " + (generated.size() + 1), "pin", PIN))
                .post(keys())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        Key key = new Key(created.getString("id"), created.getString("secret"));
        generated.add(key);
        return key;
    }

    private static JsonPath key(Key key) {
        return on(owner)
                .get(keys() + "/" + key.id())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String status(Key key) {
        return key(key).getString("status");
    }

    private static String verify(Key key) {
        return on(verifier)
                .body(Map.of("key", key.secret(), "product", PRODUCT))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    private static List<String> auditActions(Key key) {
        return on(owner)
                .queryParam("keyId", key.id())
                .get("/v1/accounts/" + accountId + "/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.action", String.class);
    }

    /** The embedded postmaster, as its pid file names it (pg_ctl leaves it a child of no one we started). */
    private static java.util.Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = directory.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return java.util.Optional.empty();
        }
        return ProcessHandle.of(
                        Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").endsWith("/postgres"));
    }

    private static List<ProcessHandle> postgresProcesses() throws IOException {
        return postmaster()
                .map(p -> Stream.concat(Stream.of(p), p.descendants()).toList())
                .orElse(List.of());
    }

    private static void killPostgres() throws Exception {
        List<ProcessHandle> postgres = postgresProcesses();
        postgres.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : postgres) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static void signal(String signal, List<ProcessHandle> processes) throws Exception {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(p -> command.add(String.valueOf(p.pid())));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }
}
