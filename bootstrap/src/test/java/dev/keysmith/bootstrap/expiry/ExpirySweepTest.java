package dev.keysmith.bootstrap.expiry;

import static dev.keysmith.bootstrap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.keysmith.adapters.persistence.expiry.ExpirySweepPersistenceAdapter;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase.RunSweepCommand;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase.SweepResult;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliverOutboxCommand;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.UsageRecorderPort;
import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.testing.TestClock;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Inactivity expiry end to end (SPEC §1, issue 6): time moves through the service's clock, sweeps run through
 * the use case the scheduler calls, and everything is checked through the HTTP API and the mailbox. Every
 * other key in the shared database is swept too, so assertions look only at this test's own accounts.
 */
@QuarkusTest
class ExpirySweepTest {

    @Inject
    RunExpirySweepUseCase sweeps;

    @Inject
    UsageRecorderPort usage;

    @Inject
    ApiKeyPort keys;

    @Inject
    Clock clock;

    @Inject
    MockMailbox mailbox;

    @Inject
    DeliverOutboxUseCase outbox;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @AfterEach
    void backToRealTime() {
        testClock().reset();
    }

    private TestClock testClock() {
        assertThat(clock).isInstanceOf(TestClock.class);
        return (TestClock) clock;
    }

    /** Sweeps as the scheduler does, {@code days} after the keys were made. */
    private SweepResult sweepOnDay(double days) {
        testClock().setAhead(Duration.ofSeconds((long) (days * 86_400)));
        return sweeps.sweep(new RunSweepCommand(Caller.system()));
    }

    private static List<Map<String, Object>> notifications(KeyFixture f, String keyId, String kind) {
        List<Map<String, Object>> items = as(f.account().ownerToken())
                .get("/v1/accounts/" + f.account().id() + "/notifications?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return items.stream()
                .filter(n -> keyId.equals(n.get("keyId")) && kind.equals(n.get("kind")))
                .toList();
    }

    private static List<String> auditActions(KeyFixture f, String keyId) {
        return as(f.account().ownerToken())
                .get("/v1/accounts/" + f.account().id() + "/audit-events?keyId=" + keyId)
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
    }

    @Test
    void aKeyAgedSeventyFiveEightyThreeEightyNineAndNinetyDaysIsWarnedThreeTimesThenExpires() {
        KeyFixture f = KeyFixture.create();
        Api.Person admin = Api.member(f.account(), "ADMIN");
        Api.Person member = Api.member(f.account(), "MEMBER");
        String[] key = f.key(null);
        String keyId = key[0];

        sweepOnDay(75);
        sweepOnDay(83);
        sweepOnDay(89);
        sweepOnDay(90);

        List<Map<String, Object>> warnings = notifications(f, keyId, "KEY_EXPIRY_WARNING");
        assertThat(warnings).hasSize(3);
        assertThat(warnings).extracting(n -> n.get("product")).containsOnly(f.product());
        assertThat(warnings)
                .extracting(n -> n.get("expiresOn"))
                .doesNotContainNull()
                .hasSize(3)
                .satisfies(dates -> assertThat(Set.copyOf(dates)).hasSize(1));
        assertThat(warnings)
                .allSatisfy(n -> assertThat((String) n.get("title"))
                        .startsWith("Key \"Marketing Automation\" expires on " + n.get("expiresOn")));
        assertThat(notifications(f, keyId, "KEY_EXPIRED")).hasSize(1);
        as(f.account().ownerToken())
                .get(f.keys() + "/" + keyId)
                .then()
                .statusCode(200)
                .body("status", equalTo("EXPIRED"))
                .body("expiredAt", notNullValue());
        assertThat(auditActions(f, keyId))
                .containsExactly(
                        "KEY_EXPIRED", "KEY_EXPIRY_WARNED", "KEY_EXPIRY_WARNED", "KEY_EXPIRY_WARNED", "KEY_GENERATED");
        as(f.account().ownerToken())
                .get("/v1/accounts/" + f.account().id() + "/audit-events?action=KEY_EXPIRED")
                .then()
                .body("items[0].actor.type", equalTo("SYSTEM"))
                .body("items[0].details.reason", equalTo("inactivity"));

        // One email per sweep with a warning, to the Superadmin and the Admin, never to the Member.
        List<Mail> toOwner = warningEmailsTo(f.account().ownerEmail());
        assertThat(toOwner).hasSize(3);
        assertThat(toOwner).allSatisfy(mail -> {
            assertThat(mail.getTo()).containsExactlyInAnyOrder(f.account().ownerEmail(), admin.email());
            assertThat(mail.getText())
                    .contains("\"Marketing Automation\"", "Product ")
                    .doesNotContain(key[1]);
        });
        assertThat(warningEmailsTo(admin.email())).hasSize(3);
        assertThat(warningEmailsTo(member.email())).isEmpty();
    }

    @Test
    void aUseOnDayEightyStartsANewWindowThatWarnsAgainLater() {
        KeyFixture f = KeyFixture.create();
        String keyId = f.key(null)[0];
        sweepOnDay(75);

        testClock().setAhead(Duration.ofDays(80));
        usage.recordUse(
                QuarkusTransaction.requiringNew()
                        .call(() -> keys.loadKey(ApiKeyId.parse(keyId)).orElseThrow()),
                clock.instant(),
                true);
        sweepOnDay(83);
        sweepOnDay(89);
        sweepOnDay(90);
        as(f.account().ownerToken()).get(f.keys() + "/" + keyId).then().body("status", equalTo("ACTIVE"));
        assertThat(notifications(f, keyId, "KEY_EXPIRY_WARNING")).hasSize(1);

        sweepOnDay(80 + 76);

        assertThat(notifications(f, keyId, "KEY_EXPIRY_WARNING")).hasSize(2);
        as(f.account().ownerToken()).get(f.keys() + "/" + keyId).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void twoSweepsStartedTogetherDoTheWorkOnce() throws Exception {
        KeyFixture f = KeyFixture.create();
        List<String> keys = List.of("Key A", "Key B", "Key C").stream()
                .map(name -> (String) f.generate(f.account().ownerToken(), Map.of("name", name))
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .toList();
        testClock().setAhead(Duration.ofDays(76));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<SweepResult>> results = List.of(
                    threads.submit(() -> {
                        start.await();
                        return sweeps.sweep(new RunSweepCommand(Caller.system()));
                    }),
                    threads.submit(() -> {
                        start.await();
                        return sweeps.sweep(new RunSweepCommand(Caller.system()));
                    }));
            start.countDown();
            SweepResult first = results.get(0).get();
            SweepResult second = results.get(1).get();

            // Either one was turned away by the lock, or it came after the other and found nothing left to do.
            assertThat(first.skipped() || second.skipped() || first.warningsSent() == 0 || second.warningsSent() == 0)
                    .as("%s and %s", first, second)
                    .isTrue();
        } finally {
            threads.shutdownNow();
        }
        for (String key : keys) {
            assertThat(notifications(f, key, "KEY_EXPIRY_WARNING")).hasSize(1);
            assertThat(auditActions(f, key))
                    .filteredOn("KEY_EXPIRY_WARNED"::equals)
                    .hasSize(1);
        }
        List<Mail> emails = warningEmailsTo(f.account().ownerEmail());
        assertThat(emails)
                .singleElement()
                .satisfies(mail -> assertThat(mail.getText()).contains("\"Key A\"", "\"Key B\"", "\"Key C\""));
    }

    @Test
    void whileAnotherInstanceHoldsTheSweepLockASweepSkips() throws SQLException {
        KeyFixture f = KeyFixture.create();
        String keyId = f.key(null)[0];
        testClock().setAhead(Duration.ofDays(95));

        try (Connection otherInstance = DriverManager.getConnection(url, username, password)) {
            assertThat(advisoryLock(otherInstance, "pg_try_advisory_lock")).isTrue();
            assertThat(sweeps.sweep(new RunSweepCommand(Caller.system())).skipped())
                    .isTrue();
            as(f.account().ownerToken()).get(f.keys() + "/" + keyId).then().body("status", equalTo("ACTIVE"));
            assertThat(advisoryLock(otherInstance, "pg_advisory_unlock")).isTrue();
        }

        SweepResult result = sweeps.sweep(new RunSweepCommand(Caller.system()));
        assertThat(result.skipped()).isFalse();
        assertThat(result.keysExpired()).isPositive();
        as(f.account().ownerToken()).get(f.keys() + "/" + keyId).then().body("status", equalTo("EXPIRED"));
    }

    @Test
    void anExpiredKeyLeavesTheVerificationCache() {
        KeyFixture f = KeyFixture.create();
        String secret = f.key(null)[1];
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        assertThat(verify(verifier, secret, f.product())).isEqualTo("VALID");

        sweepOnDay(91);

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String code = verify(verifier, secret, f.product());
        while (code.equals("VALID") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            code = verify(verifier, secret, f.product());
        }
        assertThat(code).isNotEqualTo("VALID");
    }

    @Test
    void adminsListReadAndPageTheirNotifications() {
        KeyFixture f = KeyFixture.create();
        Api.Person admin = Api.member(f.account(), "ADMIN");
        Api.Person member = Api.member(f.account(), "MEMBER");
        KeyFixture other = KeyFixture.create();
        f.generate(f.account().ownerToken(), Map.of("name", "First")).then().statusCode(201);
        f.generate(f.account().ownerToken(), Map.of("name", "Second")).then().statusCode(201);
        other.key(null);
        sweepOnDay(80);
        String base = "/v1/accounts/" + f.account().id() + "/notifications";

        List<Map<String, Object>> unread = as(admin.token())
                .get(base + "?unread=true")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(unread).hasSize(2).allSatisfy(n -> {
            assertThat(n).containsKeys("id", "kind", "title", "body", "keyId", "product", "expiresOn", "createdAt");
            assertThat(n).doesNotContainKey("readAt");
        });
        String firstId = (String) unread.get(0).get("id");
        as(admin.token())
                .post(base + "/" + firstId + "/read")
                .then()
                .statusCode(200)
                .body("id", equalTo(firstId))
                .body("readAt", notNullValue());
        assertThat((List<?>) as(admin.token())
                        .get(base + "?unread=true")
                        .then()
                        .extract()
                        .path("items"))
                .hasSize(1);
        assertThat((List<?>) as(admin.token()).get(base).then().extract().path("items"))
                .hasSize(2);

        String cursor = as(admin.token())
                .get(base + "?limit=1")
                .then()
                .statusCode(200)
                .extract()
                .path("nextCursor");
        as(admin.token())
                .get(base + "?limit=1&after=" + cursor)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(unread.get(1).get("id")));

        String theirs = as(other.account().ownerToken())
                .get("/v1/accounts/" + other.account().id() + "/notifications")
                .then()
                .extract()
                .path("items[0].id");
        as(admin.token()).post(base + "/" + theirs + "/read").then().statusCode(404);
        as(member.token()).get(base).then().statusCode(403);
        as(admin.token()).get(base + "?unread=maybe").then().statusCode(400);
        as(admin.token()).get(base + "?after=garbage").then().statusCode(400);
    }

    @Test
    void operatorsRunASweepOverHttpAndNobodyElseMay() {
        KeyFixture f = KeyFixture.create();

        as(f.operator())
                .post("/v1/maintenance/expiry-sweep")
                .then()
                .statusCode(200)
                .body("skipped", equalTo(false))
                .body("warningsSent", notNullValue())
                .body("keysExpired", notNullValue());
        as(f.account().ownerToken())
                .post("/v1/maintenance/expiry-sweep")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .post("/v1/maintenance/expiry-sweep")
                .then()
                .statusCode(401);
    }

    /** Warning emails only, once the outbox worker sent what is due: the same people also got their invitations. */
    private List<Mail> warningEmailsTo(String address) {
        assertThat(outbox.deliverDue(new DeliverOutboxCommand(Caller.system())).failures())
                .isEmpty();
        List<Mail> mails = mailbox.getMailsSentTo(address);
        return mails == null
                ? List.of()
                : mails.stream()
                        .filter(m -> m.getSubject().startsWith("Keysmith: API keys of "))
                        .toList();
    }

    private static String verify(Api.Verifier verifier, String secret, String product) {
        return as(verifier.token())
                .body(Map.of("key", secret, "product", product))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    private static boolean advisoryLock(Connection connection, String function) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT " + function + "(" + ExpirySweepPersistenceAdapter.SWEEP_LOCK + ")")) {
            return row.next() && row.getBoolean(1);
        }
    }
}
