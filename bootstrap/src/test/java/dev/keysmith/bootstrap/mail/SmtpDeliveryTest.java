package dev.keysmith.bootstrap.mail;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliverOutboxCommand;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliveryRound;
import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import dev.keysmith.bootstrap.persistence.Stored;
import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.domain.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox over real SMTP (quarkus-mailer to GreenMail on a fixed local port): the worker is driven by hand
 * and time moves through the test clock, so retries and backoff need no waiting. The database is shared with
 * the other test of this profile, so each test lives in a year of its own and only its messages are due.
 */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class SmtpDeliveryTest {

    private static final Caller WORKER = Caller.system();
    // keysmith.outbox.backoff-base: the wait after a first failed attempt, doubled after the second.
    private static final Duration BACKOFF = Duration.ofSeconds(30);

    @Inject
    SendEmailPort email;

    @Inject
    DeliverOutboxUseCase outbox;

    @Inject
    TestClock clock;

    @Inject
    Stored stored;

    @SmtpProfile.Smtp
    TestSmtpServer smtp;

    @AfterEach
    void cleanUp() throws Exception {
        clock.reset();
        smtp.start();
        smtp.greenMail().purgeEmailFromAllMailboxes();
        // A test that failed half-way must not leave a due message in the way of the next one.
        try (Connection connection = stored.separateConnection();
                PreparedStatement giveUp = connection.prepareStatement(
                        "UPDATE outbox SET given_up_at = now() WHERE sent_at IS NULL AND given_up_at IS NULL")) {
            giveUp.executeUpdate();
        }
    }

    private void livingIn(String year) {
        clock.setAhead(Duration.between(Instant.now(), Instant.parse(year + "-01-01T00:00:00Z")));
    }

    /** Moves the service's clock on from where it is now. */
    private void wait(Duration duration) {
        clock.setAhead(Duration.between(Instant.now(), clock.instant()).plus(duration));
    }

    private void queue(String to, String body) {
        QuarkusTransaction.requiringNew()
                .run(() -> email.send(
                        new EmailMessage(MessageKind.INVITATION, List.of(to), "Your Keysmith invitation", body)));
    }

    @Test
    void aQueuedMessageReachesEveryRecipientAsPlainTextAndIsMarkedSent() throws Exception {
        livingIn("1980");
        QuarkusTransaction.requiringNew()
                .run(() -> email.send(new EmailMessage(
                        MessageKind.INVITATION,
                        List.of("ada@example.org", "grace@example.org"),
                        "Your Keysmith invitation",
                        "Accept it with the token abc123.")));

        DeliveryRound round = outbox.deliverDue(new DeliverOutboxCommand(WORKER));

        assertThat(round.failures()).isEmpty();
        assertThat(round.sent()).isEqualTo(1);
        // The worker returned after the server accepted the message, so it is there already.
        MimeMessage[] received = smtp.greenMail().getReceivedMessages();
        assertThat(received).hasSize(2);
        for (MimeMessage message : received) {
            assertThat(message.getSubject()).isEqualTo("Your Keysmith invitation");
            assertThat(GreenMailUtil.getBody(message).trim()).isEqualTo("Accept it with the token abc123.");
            assertThat(message.getContentType()).startsWith("text/plain");
            assertThat(addresses(message.getFrom())).containsExactly("keysmith@test.local");
            assertThat(addresses(message.getRecipients(RecipientType.TO)))
                    .containsExactlyInAnyOrder("ada@example.org", "grace@example.org");
        }
        assertThat(row("ada@example.org"))
                .containsEntry("sent", true)
                .containsEntry("body", null)
                .containsEntry("attempts", 0);
    }

    @Test
    void whileTheServerIsDownTheMessageStaysUnsentAndIsRetriedThenSentExactlyOnce() throws Exception {
        livingIn("1981");
        queue("down@example.org", "Accept it with the token def456.");
        smtp.stop();

        DeliveryRound refused = outbox.deliverDue(new DeliverOutboxCommand(WORKER));

        assertThat(refused.sent()).isZero();
        assertThat(refused.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.kind()).isEqualTo("INVITATION");
            assertThat(failure.attempts()).isEqualTo(1);
            assertThat(failure.givenUp()).isFalse();
            assertThat(failure.error()).containsIgnoringCase("refused").doesNotContain("def456");
        });
        Map<String, Object> failed = row("down@example.org");
        assertThat(failed)
                .containsEntry("sent", false)
                .containsEntry("attempts", 1)
                .containsEntry("body", "Accept it with the token def456.");
        assertThat((String) failed.get("last_error"))
                .containsIgnoringCase("refused")
                .doesNotContain("def456");

        // Not due again before its backoff has passed: no attempt at all.
        assertThat(outbox.deliverDue(new DeliverOutboxCommand(WORKER))).isEqualTo(new DeliveryRound(0, List.of()));
        wait(BACKOFF);
        assertThat(outbox.deliverDue(new DeliverOutboxCommand(WORKER)).failures())
                .singleElement()
                .satisfies(failure -> assertThat(failure.attempts()).isEqualTo(2));

        smtp.start();
        wait(BACKOFF.multipliedBy(2));
        assertThat(outbox.deliverDue(new DeliverOutboxCommand(WORKER)).sent()).isEqualTo(1);
        wait(Duration.ofHours(2));
        assertThat(outbox.deliverDue(new DeliverOutboxCommand(WORKER)).sent()).isZero();

        assertThat(smtp.greenMail().getReceivedMessages())
                .singleElement()
                .satisfies(message -> assertThat(GreenMailUtil.getBody(message)).contains("def456"));
        assertThat(row("down@example.org"))
                .containsEntry("sent", true)
                .containsEntry("attempts", 2)
                .containsEntry("body", null);
    }

    @Test
    void aServerThatAcceptsTheConnectionButNeverAnswersFailsTheAttemptWithinTheSendTimeout() throws Exception {
        livingIn("1982");
        queue("hung@example.org", "Accept it with the token ghi789.");
        TestSmtpServer.Silent hung = smtp.goSilent();

        DeliveryRound stalled = outbox.deliverDue(new DeliverOutboxCommand(WORKER));

        assertThat(hung.connections()).isPositive();
        assertThat(stalled.failures())
                .singleElement()
                .satisfies(failure ->
                        assertThat(failure.error()).startsWith("no answer from the SMTP server within PT2S"));
        assertThat(row("hung@example.org")).containsEntry("sent", false).containsEntry("attempts", 1);

        smtp.start();
        wait(BACKOFF);
        assertThat(outbox.deliverDue(new DeliverOutboxCommand(WORKER)).sent()).isEqualTo(1);
        assertThat(smtp.greenMail().getReceivedMessages())
                .singleElement()
                .satisfies(message -> assertThat(GreenMailUtil.getBody(message)).contains("ghi789"));
    }

    @Test
    void anInvitationIsAnsweredWithoutTalkingToTheMailServerAndSentByTheWorker() throws Exception {
        String operator = Api.operator();
        String owner = "owner-" + UUID.randomUUID() + "@example.com";
        TestSmtpServer.Silent hung = smtp.goSilent();

        String token = as(operator)
                .body(Map.of("name", "Acme " + Api.next(), "owner", Map.of("email", owner, "displayName", "Ada")))
                .post("/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .path("ownerInvitation.token");

        // Had the request spoken SMTP, it would have hung on this server; it did not even connect.
        assertThat(hung.connections()).isZero();
        assertThat(row(owner))
                .containsEntry("kind", "INVITATION")
                .containsEntry("sent", false)
                .containsEntry("attempts", 0);

        smtp.start();
        DeliveryRound round = outbox.deliverDue(new DeliverOutboxCommand(WORKER));

        assertThat(round.failures()).isEmpty();
        List<MimeMessage> invitations = Arrays.stream(smtp.greenMail().getReceivedMessages())
                .filter(message -> recipients(message).contains(owner))
                .toList();
        assertThat(invitations)
                .singleElement()
                .satisfies(message -> assertThat(GreenMailUtil.getBody(message)).contains(token));
        assertThat(row(owner)).containsEntry("sent", true);
    }

    /** The outbox row of the one message to this address. */
    private Map<String, Object> row(String address) throws SQLException {
        try (Connection connection = stored.separateConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT kind, body, attempts, last_error, sent_at IS NOT NULL AS sent FROM outbox
                         WHERE ? = ANY (recipients)""")) {
            select.setString(1, address);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                Map<String, Object> values = new java.util.HashMap<>();
                values.put("kind", row.getString("kind"));
                values.put("body", row.getString("body"));
                values.put("attempts", row.getInt("attempts"));
                values.put("last_error", row.getString("last_error"));
                values.put("sent", row.getBoolean("sent"));
                assertThat(row.next()).isFalse();
                return values;
            }
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return addresses(message.getRecipients(RecipientType.TO));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses)
                .map(address -> ((InternetAddress) address).getAddress())
                .toList();
    }
}
