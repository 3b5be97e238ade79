package dev.keysmith.bootstrap.delivery;

import static dev.keysmith.bootstrap.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.keysmith.adapters.sms.WebhookSmsTransport;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliverOutboxCommand;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliveryRound;
import dev.keysmith.bootstrap.mail.SmtpProfile;
import dev.keysmith.bootstrap.mail.TestSmtpServer;
import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import dev.keysmith.domain.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery of an integrator's key end to end, over real SMTP (GreenMail) and a real local HTTP SMS gateway:
 * the outbox worker is driven by hand, so each message is there when the worker returns.
 */
@QuarkusTest
@TestProfile(DeliveryProfile.class)
class KeyDeliveryFlowTest {

    private static final Pattern LINK =
            Pattern.compile(Pattern.quote(DeliveryProfile.PUBLIC_URL) + "/reveal/([A-Za-z0-9_-]{43})");
    private static final Pattern CODE = Pattern.compile("code: ([0-9]{6})");

    @Inject
    DeliverOutboxUseCase outbox;

    @Inject
    TestClock clock;

    @SmtpProfile.Smtp
    TestSmtpServer smtp;

    @DeliveryProfile.Sms
    SmsSink sms;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Sends everything due, round after round (other tests' messages may be due too). */
    private List<DeliveryRound> sendDue() {
        List<DeliveryRound> rounds = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            DeliveryRound round = outbox.deliverDue(new DeliverOutboxCommand(Caller.system()));
            rounds.add(round);
            if (round.sent() == 0 && round.failures().isEmpty()) {
                break;
            }
        }
        return rounds;
    }

    private record Integrator(String id, String email, String phone) {}

    private static Integrator integrator(KeyFixture f) {
        int n = Api.next();
        String email = "integrator" + n + "@integrator.example";
        String phone = "+447911" + String.format("%06d", n % 1_000_000);
        String id = as(f.account().ownerToken())
                .body(Map.of("name", "Integrator " + n, "email", email, "phone", phone))
                .post("/v1/accounts/" + f.account().id() + "/integrators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Integrator(id, email, phone);
    }

    /** The token of the newest link emailed to the address. */
    private String linkTo(String email) throws Exception {
        String token = null;
        for (MimeMessage message : smtp.greenMail().getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(email))) {
                Matcher link = LINK.matcher((String) message.getContent());
                assertThat(link.find()).as("a link in the email").isTrue();
                token = link.group(1);
            }
        }
        assertThat(token).as("an email to %s", email).isNotNull();
        return token;
    }

    private long emailsTo(String email) throws Exception {
        long count = 0;
        for (MimeMessage message : smtp.greenMail().getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(email))) {
                count++;
            }
        }
        return count;
    }

    /** The code of the newest SMS to the phone, after checking the webhook's signature. */
    private String codeTo(String phone) {
        List<SmsSink.Received> received = sms.to(phone);
        assertThat(received).as("an SMS to %s", phone).isNotEmpty();
        SmsSink.Received last = received.get(received.size() - 1);
        assertThat(last.signature())
                .isEqualTo(WebhookSmsTransport.signature(DeliveryProfile.WEBHOOK_SECRET, last.body()));
        Matcher code = CODE.matcher(last.body());
        assertThat(code.find()).as("a code in the SMS").isTrue();
        return code.group(1);
    }

    private static Response reveal(String token, String code) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", code))
                .post("/v1/deliveries/" + token + "/reveal");
    }

    private static String verify(Api.Verifier verifier, KeyFixture f, String secret) {
        return as(verifier.token())
                .body(Map.of("key", secret, "product", f.product()))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    private static void switchTo(KeyFixture f, Integrator integrator, boolean active) {
        as(f.account().ownerToken())
                .body(Map.of("active", active))
                .patch("/v1/accounts/" + f.account().id() + "/integrators/" + integrator.id())
                .then()
                .statusCode(200);
    }

    private static String otherCode(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    @Test
    void anIntegratorGetsTheKeyByLinkAndCodeOnceAndARegenerationSendsANewOne() throws Exception {
        KeyFixture f = KeyFixture.create();
        Integrator integrator = integrator(f);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());

        // generate: the administrator gets the key's details and the delivery, never the secret
        Response generated = f.generate(f.account().ownerToken(), Map.of("integratorId", integrator.id()));
        generated
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .body("$", not(hasKey("secret")))
                .body("id", notNullValue())
                .body("status", equalTo("ACTIVE"))
                .body("delivery.id", notNullValue())
                .body("delivery.channels", equalTo(List.of("EMAIL", "SMS")));
        String keyId = generated.path("id");
        Instant expiresAt = Instant.parse(generated.path("delivery.expiresAt"));
        assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofHours(71), Duration.ofHours(73));

        // the email with the link and the SMS with the code arrive
        sendDue();
        String token = linkTo(integrator.email());
        String code = codeTo(integrator.phone());
        String delivery = "/v1/accounts/" + f.account().id() + "/keys/" + keyId + "/delivery";
        as(f.account().ownerToken()).get(delivery).then().statusCode(200).body("state", equalTo("SENT"));

        // a wrong code is refused and counted; the right one shows the key once
        reveal(token, otherCode(code)).then().statusCode(403).body("code", equalTo("WRONG_CODE"));
        Response revealed = reveal(token, code);
        revealed.then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("keyId", equalTo(keyId))
                .body("product", equalTo(f.product()));
        String secret = revealed.path("secret");
        assertThat(secret).startsWith(f.prefix() + "_");
        assertThat(verify(verifier, f, secret)).isEqualTo("VALID");

        // the link is dead, and the administrator sees it was revealed
        reveal(token, code).then().statusCode(410).body("code", equalTo("DELIVERY_GONE"));
        as(f.account().ownerToken()).get(delivery).then().statusCode(200).body("state", equalTo("REVEALED"));

        // an inactive integrator's key is DISABLED at once, and valid again when active
        switchTo(f, integrator, false);
        assertThat(verify(verifier, f, secret)).isEqualTo("DISABLED");
        switchTo(f, integrator, true);
        assertThat(verify(verifier, f, secret)).isEqualTo("VALID");

        // regenerate: a new email and SMS, no secret for the administrator, and the old key is dead at once
        Response regenerated =
                as(f.account().ownerToken()).body(Map.of("pin", Api.PIN)).post(f.keys() + "/" + keyId + "/regenerate");
        regenerated
                .then()
                .statusCode(201)
                .body("$", not(hasKey("secret")))
                .body("replacedKeyId", equalTo(keyId))
                .body("delivery.id", notNullValue());
        assertThat(verify(verifier, f, secret)).isEqualTo("REVOKED");
        sendDue();
        assertThat(emailsTo(integrator.email())).isEqualTo(2);
        assertThat(sms.to(integrator.phone())).hasSize(2);
        String newToken = linkTo(integrator.email());
        assertThat(newToken).isNotEqualTo(token);
        Response second = reveal(newToken, codeTo(integrator.phone()));
        second.then().statusCode(200).body("keyId", equalTo(regenerated.path("id")));
        assertThat(verify(verifier, f, second.path("secret"))).isEqualTo("VALID");
    }

    @Test
    void fiveWrongCodesEndTheLinkAndTheAdministratorCanSendItAgain() throws Exception {
        KeyFixture f = KeyFixture.create();
        Integrator integrator = integrator(f);
        String keyId = f.generate(f.account().ownerToken(), Map.of("integratorId", integrator.id()))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        sendDue();
        String token = linkTo(integrator.email());
        String code = codeTo(integrator.phone());

        for (int wrong = 1; wrong <= 5; wrong++) {
            reveal(token, otherCode(code)).then().statusCode(403).body("code", equalTo("WRONG_CODE"));
        }
        reveal(token, code).then().statusCode(410).body("code", equalTo("DELIVERY_GONE"));
        String delivery = "/v1/accounts/" + f.account().id() + "/keys/" + keyId + "/delivery";
        as(f.account().ownerToken()).get(delivery).then().statusCode(200).body("state", equalTo("ENDED"));

        as(f.account().ownerToken()).post(delivery).then().statusCode(201).body("state", equalTo("SENT"));
        sendDue();
        String newToken = linkTo(integrator.email());
        reveal(newToken, codeTo(integrator.phone())).then().statusCode(200).body("keyId", equalTo(keyId));
        // once revealed there is nothing left to send: the administrator regenerates instead
        as(f.account().ownerToken())
                .post(delivery)
                .then()
                .statusCode(409)
                .body("code", equalTo("DELIVERY_ALREADY_REVEALED"));
    }

    @Test
    void anUnknownLinkIsNotFoundAndAnExpiredOneIsGone() throws Exception {
        reveal("A".repeat(43), "123456").then().statusCode(404).body("code", equalTo("DELIVERY_NOT_FOUND"));
        KeyFixture f = KeyFixture.create();
        Integrator integrator = integrator(f);
        String keyId = f.generate(f.account().ownerToken(), Map.of("integratorId", integrator.id()))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        sendDue();
        String token = linkTo(integrator.email());
        String code = codeTo(integrator.phone());
        clock.advance(Duration.ofHours(72));
        reveal(token, code).then().statusCode(410).body("code", equalTo("DELIVERY_GONE"));
        as(f.account().ownerToken())
                .get("/v1/accounts/" + f.account().id() + "/keys/" + keyId + "/delivery")
                .then()
                .statusCode(200)
                .body("state", equalTo("EXPIRED"));
    }

    @Test
    void anSmsTheGatewayRefusesIsRetriedAndSentOnlyOnA2xx() throws Exception {
        sendDue();
        KeyFixture f = KeyFixture.create();
        Integrator integrator = integrator(f);
        f.generate(f.account().ownerToken(), Map.of("integratorId", integrator.id()))
                .then()
                .statusCode(201);
        sms.failNext(1);

        List<DeliveryRound> rounds = sendDue();

        assertThat(rounds.stream().flatMap(r -> r.failures().stream()))
                .anySatisfy(failure -> assertThat(failure.error()).isEqualTo("the SMS webhook answered 500"));
        assertThat(sms.to(integrator.phone())).isEmpty();
        clock.advance(Duration.ofSeconds(31));
        sendDue();
        assertThat(sms.to(integrator.phone())).hasSize(1);
        reveal(linkTo(integrator.email()), codeTo(integrator.phone())).then().statusCode(200);
    }
}
