package dev.keysmith.bootstrap.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.config.SigningKeyFiles;
import dev.keysmith.bootstrap.delivery.SmsSink;
import dev.keysmith.bootstrap.mail.TestSmtpServer;
import dev.keysmith.bootstrap.support.RawHttp;
import dev.keysmith.embedded.EmbeddedDatabase;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged service on one PostgreSQL: a change made on one must turn a cached "valid"
 * into a refusal on the other within one second (SPEC §1 Verification, §5).
 */
class TwoInstancesIT {

    private static final String PASSWORD = "a-long-test-password";
    private static final String PIN = "482913";
    private static final Duration PROPAGATION_LIMIT = Duration.ofSeconds(1);

    // The outbox worker of either instance sends a delivery's email and SMS on its schedule (1 s here).
    private static final Duration MESSAGE_LIMIT = Duration.ofSeconds(60);
    private static final Pattern LINK = Pattern.compile("/reveal/([A-Za-z0-9_-]{43})");
    private static final Pattern CODE = Pattern.compile("code: ([0-9]{6})");

    private static EmbeddedDatabase database;
    private static TestSmtpServer smtp;
    private static SmsSink sms;
    private static AppInstance a;
    private static AppInstance b;
    private static String operator;
    private static String product;
    private static String verifierToken;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        // Under target/, not the system temp directory: the instances' logs stay there for a look after a
        // failure, and the next clean build removes them.
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "keysmith-cluster-");
        database = EmbeddedDatabase.start(directory.resolve("postgres"), "keysmith");
        SigningKeyFiles keys = SigningKeyFiles.keepIn(directory.resolve("jwt"));
        byte[] pepper = new byte[32];
        new SecureRandom().nextBytes(pepper);
        // Real SMTP and a real local SMS gateway, for the keys delivered to integrators.
        smtp = TestSmtpServer.startOnFreePort();
        sms = SmsSink.start();
        Map<String, String> environment = Map.ofEntries(
                Map.entry("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl()),
                Map.entry("QUARKUS_DATASOURCE_USERNAME", database.username()),
                Map.entry("QUARKUS_DATASOURCE_PASSWORD", database.password()),
                Map.entry("SMALLRYE_JWT_SIGN_KEY_LOCATION", keys.privateKey().toString()),
                Map.entry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKey().toString()),
                Map.entry("KEYSMITH_KEYS_PEPPER", Base64.getEncoder().encodeToString(pepper)),
                Map.entry("KEYSMITH_BOOTSTRAP_OPERATOR_PASSWORD", "operator-cluster-password"),
                Map.entry("QUARKUS_MAILER_HOST", smtp.host()),
                Map.entry("QUARKUS_MAILER_PORT", String.valueOf(smtp.port())),
                Map.entry("QUARKUS_MAILER_MOCK", "false"),
                Map.entry("KEYSMITH_SMS_WEBHOOK_URL", sms.url()),
                Map.entry("KEYSMITH_OUTBOX_POLL_INTERVAL", "1s"));
        Path jar = AppInstance.jar().toPath();
        a = AppInstance.start(jar, environment, directory.resolve("a.log"));
        a.awaitReady(Duration.ofSeconds(90));
        b = AppInstance.start(jar, environment, directory.resolve("b.log"));
        b.awaitReady(Duration.ofSeconds(90));

        operator = token(
                on(a, null)
                        .body(Map.of("email", "operator@keysmith.local", "password", "operator-cluster-password"))
                        .post("/v1/auth/login")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath(),
                "accessToken");
        product = "cluster-payments";
        on(a, operator)
                .body(Map.of(
                        "code", product, "name", "Payments", "keyPrefix", "clu", "scopes", List.of("read", "write")))
                .post("/v1/products")
                .then()
                .statusCode(201);
        JsonPath client = on(a, operator)
                .body(Map.of("name", "Payments backend", "products", List.of(product)))
                .post("/v1/verifier-clients")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        verifierToken = given().baseUri(b.url())
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
        for (AppInstance instance : new AppInstance[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (database != null) {
            database.close();
        }
        if (sms != null) {
            sms.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static RequestSpecification on(AppInstance instance, String token) {
        RequestSpecification request = given().baseUri(instance.url()).contentType(ContentType.JSON);
        return token == null ? request : request.auth().oauth2(token);
    }

    private static String token(JsonPath json, String field) {
        return json.getString(field);
    }

    /** A fresh approved account with the product enabled: {@code [accountId, ownerToken]}. */
    private static String[] account() {
        String email = "owner" + System.nanoTime() + "@example.com";
        JsonPath created = on(a, operator)
                .body(Map.of("name", "Cluster customer", "owner", Map.of("email", email, "displayName", "Owner")))
                .post("/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = created.getString("id");
        on(a, null)
                .body(Map.of("displayName", "Owner", "password", PASSWORD, "pin", PIN))
                .post("/v1/invitations/" + created.getString("ownerInvitation.token") + "/accept")
                .then()
                .statusCode(201);
        on(a, operator).post("/v1/accounts/" + id + "/approve").then().statusCode(200);
        on(a, operator)
                .put("/v1/accounts/" + id + "/products/" + product)
                .then()
                .statusCode(200);
        String owner = on(a, null)
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        return new String[] {id, owner};
    }

    /** Generates a key on A and waits for B to answer VALID (so B has it cached): {@code [keyId, secret]}. */
    private static String[] cachedKey(String[] account) {
        JsonPath key = on(a, account[1])
                .body(Map.of("product", product, "name", "Checkout", "pin", PIN))
                .post("/v1/accounts/" + account[0] + "/keys")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        awaitValidOnB(key.getString("secret"), "generated on A");
        return new String[] {key.getString("id"), key.getString("secret")};
    }

    private static String verifyOnB(String secret) {
        return verifyOn(b, secret);
    }

    private static String verifyOn(AppInstance instance, String secret) {
        return on(instance, verifierToken)
                .body(Map.of("key", secret, "product", product))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    /** How long after the change B first refuses the key with one of {@code expected}; fails past the limit. */
    private static Duration refusalDelay(String secret, java.util.Set<String> expected, long changedAtNanos) {
        while (true) {
            String code = verifyOnB(secret);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - changedAtNanos);
            if (expected.contains(code)) {
                return elapsed;
            }
            assertThat(code).as("B's answer while the change propagates").isEqualTo("VALID");
            assertThat(elapsed).as("B still says VALID after %s", elapsed).isLessThan(PROPAGATION_LIMIT);
        }
    }

    /**
     * A key stored on A enters B's filter of stored digests through the change notification (SPEC §5's bound for a
     * second instance, under one second): B may answer NOT_FOUND until then, VALID once it had it, and never
     * NOT_FOUND again. Generated, imported and regenerated keys alike; the key a regeneration replaced is never
     * VALID on B once B answered REVOKED, and never VALID on A after the regeneration was answered.
     */
    @Test
    void aKeyStoredOnOneInstanceIsValidOnTheOtherWithinOneSecondAndStaysSo() {
        String[] account = account();
        String keys = "/v1/accounts/" + account[0] + "/keys";
        for (int round = 0; round < 8; round++) {
            JsonPath generated = on(a, account[1])
                    .body(Map.of("product", product, "name", "Checkout " + round, "pin", PIN))
                    .post(keys)
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();
            awaitValidOnB(generated.getString("secret"), "generated in round " + round);

            String legacy =
                    "lgcy-" + round + "x" + Long.toString(System.nanoTime(), 36) + "9fQ2xLr7TbVz4KpW1mNc8YdHs3Jg";
            on(a, account[1])
                    .body(Map.of("product", product, "name", "Legacy " + round, "secret", legacy, "pin", PIN))
                    .post(keys + "/import")
                    .then()
                    .statusCode(201);
            awaitValidOnB(legacy, "imported in round " + round);

            String successor = on(a, account[1])
                    .body(Map.of("pin", PIN))
                    .post(keys + "/" + generated.getString("id") + "/regenerate")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("secret");
            assertThat(verifyOn(a, generated.getString("secret")))
                    .as("the replaced key on the instance that replaced it")
                    .isEqualTo("REVOKED");
            awaitValidOnB(successor, "regenerated in round " + round);
            long replaced = System.nanoTime();
            refusalDelay(generated.getString("secret"), java.util.Set.of("REVOKED"), replaced);
            assertThat(verifyOnB(generated.getString("secret"))).isEqualTo("REVOKED");
        }
    }

    /** Waits (under one second) for B to answer VALID, then checks it keeps doing so. */
    private static void awaitValidOnB(String secret, String what) {
        long stored = System.nanoTime();
        while (true) {
            String code = verifyOnB(secret);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - stored);
            if (code.equals("VALID")) {
                break;
            }
            assertThat(code)
                    .as("B's answer before it heard of the key %s", what)
                    .isEqualTo("NOT_FOUND");
            assertThat(elapsed)
                    .as("B still answers NOT_FOUND for the key %s", what)
                    .isLessThan(PROPAGATION_LIMIT);
        }
        for (int again = 0; again < 3; again++) {
            assertThat(verifyOnB(secret)).as("B once it knew the key %s", what).isEqualTo("VALID");
        }
    }

    @Test
    void aRevocationOnOneInstanceIsSeenByTheOtherWithinOneSecond() {
        String[] account = account();
        String[] key = cachedKey(account);

        on(a, account[1])
                .body(Map.of("pin", PIN))
                .post("/v1/accounts/" + account[0] + "/keys/" + key[0] + "/revoke")
                .then()
                .statusCode(200);
        long changed = System.nanoTime();

        // Revocation wipes the stored hash, so the key is then as unknown as one that never existed.
        Duration delay = refusalDelay(key[1], java.util.Set.of("REVOKED", "NOT_FOUND"), changed);
        System.out.printf("revocation seen by the second instance after %d ms%n", delay.toMillis());
        assertThat(delay).isLessThan(PROPAGATION_LIMIT);
    }

    @Test
    void disablingAKeyOnOneInstanceIsSeenByTheOtherWithinOneSecond() {
        String[] account = account();
        String[] key = cachedKey(account);

        on(a, account[1])
                .post("/v1/accounts/" + account[0] + "/keys/" + key[0] + "/disable")
                .then()
                .statusCode(200);
        long changed = System.nanoTime();

        Duration delay = refusalDelay(key[1], java.util.Set.of("DISABLED"), changed);
        System.out.printf("disable seen by the second instance after %d ms%n", delay.toMillis());
        assertThat(delay).isLessThan(PROPAGATION_LIMIT);
    }

    @Test
    void suspendingTheAccountOnOneInstanceIsSeenByTheOtherWithinOneSecond() {
        String[] account = account();
        String[] key = cachedKey(account);

        on(a, operator).post("/v1/accounts/" + account[0] + "/suspend").then().statusCode(200);
        long changed = System.nanoTime();

        Duration delay = refusalDelay(key[1], java.util.Set.of("ACCOUNT_SUSPENDED"), changed);
        System.out.printf("suspension seen by the second instance after %d ms%n", delay.toMillis());
        assertThat(delay).isLessThan(PROPAGATION_LIMIT);

        on(a, operator).post("/v1/accounts/" + account[0] + "/reinstate").then().statusCode(200);
        long reinstated = System.nanoTime();
        while (!verifyOnB(key[1]).equals("VALID")) {
            assertThat(Duration.ofNanos(System.nanoTime() - reinstated)).isLessThan(PROPAGATION_LIMIT);
        }
    }

    /**
     * An integrator switched off on A: their key, delivered by email link and SMS code and cached as valid on B,
     * answers DISABLED on B within a second, and VALID again once they are switched back on.
     */
    @Test
    void switchingAnIntegratorOffOnOneInstanceIsSeenByTheOtherWithinOneSecond() throws Exception {
        String[] account = account();
        String email = "integrator" + System.nanoTime() + "@integrator.example";
        // A UK mobile number libphonenumber accepts (+44 7911 3…, 4…, 5…, 6… and 9… are not allocated).
        String phone =
                "+4479110" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
        String integrator = on(a, account[1])
                .body(Map.of("name", "Cluster integrator", "email", email, "phone", phone))
                .post("/v1/accounts/" + account[0] + "/integrators")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("id");
        on(a, account[1])
                .body(Map.of("product", product, "name", "Delivered", "pin", PIN, "integratorId", integrator))
                .post("/v1/accounts/" + account[0] + "/keys")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201);
        String secret = on(a, null)
                .body(Map.of("code", codeSentTo(phone)))
                .post("/v1/deliveries/" + linkSentTo(email) + "/reveal")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .extract()
                .path("secret");
        assertThat(verifyOnB(secret)).isEqualTo("VALID");
        assertThat(verifyOnB(secret)).isEqualTo("VALID");

        switchIntegrator(account, integrator, false);
        long changed = System.nanoTime();

        Duration delay = refusalDelay(secret, java.util.Set.of("DISABLED"), changed);
        System.out.printf("integrator switched off, seen by the second instance after %d ms%n", delay.toMillis());
        assertThat(delay).isLessThan(PROPAGATION_LIMIT);

        switchIntegrator(account, integrator, true);
        long switchedOn = System.nanoTime();
        while (!verifyOnB(secret).equals("VALID")) {
            assertThat(Duration.ofNanos(System.nanoTime() - switchedOn)).isLessThan(PROPAGATION_LIMIT);
        }
        System.out.printf(
                "integrator switched on, seen by the second instance after %d ms%n",
                Duration.ofNanos(System.nanoTime() - switchedOn).toMillis());
    }

    private static void switchIntegrator(String[] account, String integrator, boolean active) {
        on(a, account[1])
                .body(Map.of("active", active))
                .patch("/v1/accounts/" + account[0] + "/integrators/" + integrator)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("active", org.hamcrest.Matchers.equalTo(active));
    }

    /** The link token of the first email to the address, waited for until the limit. */
    private static String linkSentTo(String email) throws Exception {
        Instant deadline = Instant.now().plus(MESSAGE_LIMIT);
        while (true) {
            for (MimeMessage message : smtp.greenMail().getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients())
                        .anyMatch(to -> to.toString().equals(email))) {
                    Matcher link = LINK.matcher((String) message.getContent());
                    assertThat(link.find()).as("a link in the email").isTrue();
                    return link.group(1);
                }
            }
            long left = Duration.between(Instant.now(), deadline).toMillis();
            assertThat(left)
                    .as("an email to %s within %s", email, MESSAGE_LIMIT)
                    .isPositive();
            // Returns as soon as one more message arrives (any recipient), or at the deadline.
            smtp.greenMail().waitForIncomingEmail(left, smtp.greenMail().getReceivedMessages().length + 1);
        }
    }

    /** The code of the first SMS to the phone, waited for until the limit. */
    private static String codeSentTo(String phone) throws Exception {
        Matcher code = CODE.matcher(sms.awaitTo(phone, 1, MESSAGE_LIMIT).get(0).body());
        assertThat(code.find()).as("a code in the SMS").isTrue();
        return code.group(1);
    }

    /** The entry point, not a test setting, turns Quarkus's bare 400 for an unreadable target into a problem. */
    @Test
    void thePackagedServiceAnswersAnUnreadableRequestTargetWithAProblemDocument() throws Exception {
        RawHttp.Answer answer = RawHttp.send("localhost", a.port, "GET", "/v1/accounts/%ZZ", Map.of(), null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"code\":\"MALFORMED_REQUEST\"");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
