package dev.keysmith.adapters.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.application.port.out.OutboxPort;
import dev.keysmith.application.port.out.OutboxPort.FailedAttempt;
import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import dev.keysmith.application.port.out.OutboxPort.QueuedMessage;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import dev.keysmith.application.port.out.contract.OutboxPortContractTest;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.domain.testing.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The outbox table against PostgreSQL: the port's contract, and what only the table shows (the queuing
 * transaction's rollback, row locks between workers, wiped bodies, errors cut short). The database is shared with
 * every other test, so each test here queues its messages in a year of its own in the 1970s (the contract's are in
 * the 1980s), with the clock set there, and asks only for messages due then.
 */
@QuarkusTest
class OutboxPersistenceTest extends OutboxPortContractTest {

    @Inject
    SendEmailPort email;

    @Inject
    OutboxPort outbox;

    @Inject
    TestClock clock;

    @Inject
    Stored stored;

    @Inject
    PostgresPorts ports;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }

    @Override
    protected OutboxPort outbox() {
        return outbox;
    }

    @Override
    protected SendEmailPort queue() {
        return email;
    }

    @Override
    protected TestClock clock() {
        return clock;
    }

    private Instant livingIn(String year) {
        Instant start = Instant.parse(year + "-01-01T00:00:00Z");
        clock.setAhead(Duration.between(Instant.now(), start));
        return start;
    }

    private void queue(String to, String body) {
        QuarkusTransaction.requiringNew()
                .run(() -> email.send(new EmailMessage(MessageKind.INVITATION, List.of(to), "Your invitation", body)));
    }

    private Optional<QueuedMessage> next(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.lockNextDue(now));
    }

    @Test
    void aMessageIsQueuedOnlyIfTheTransactionThatQueuedItCommits() {
        Instant year = livingIn("1971");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    email.send(new EmailMessage(
                            MessageKind.INVITATION, List.of("ada@example.org"), "Invitation", "t0k3n"));
                    throw new IllegalStateException("the invitation failed after all");
                }))
                .hasMessage("the invitation failed after all");
        assertThat(next(year.plus(Duration.ofDays(300)))).isEmpty();

        queue("grace@example.org", "Accept with t0k3n-2");
        QueuedMessage queued = next(year.plus(Duration.ofDays(300))).orElseThrow();
        assertThat(queued.channel()).isEqualTo(OutboxPort.Channel.EMAIL);
        assertThat(queued.kind()).isEqualTo(MessageKind.INVITATION);
        assertThat(queued.recipients()).containsExactly("grace@example.org");
        assertThat(queued.subject()).isEqualTo("Your invitation");
        assertThat(queued.body()).isEqualTo("Accept with t0k3n-2");
        assertThat(queued.attempts()).isZero();
        QuarkusTransaction.requiringNew().run(() -> outbox.markSent(queued.id(), clock.instant()));
    }

    @Test
    void twoWorkersNeverTakeTheSameMessageAndASentOneIsDoneWithItsBodyWiped() throws Exception {
        Instant year = livingIn("1972");
        queue("ada@example.org", "first t0k3n");
        queue("grace@example.org", "second t0k3n");
        Instant now = year.plus(Duration.ofDays(1));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        // Another instance's worker holds the first message while it sends it.
        CompletableFuture<UUID> elsewhere = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    QueuedMessage mine = outbox.lockNextDue(now).orElseThrow();
                    held.countDown();
                    release.await(30, TimeUnit.SECONDS);
                    outbox.markSent(mine.id(), now);
                    return mine.id();
                }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        QueuedMessage ours = QuarkusTransaction.requiringNew().call(() -> {
            QueuedMessage message = outbox.lockNextDue(now).orElseThrow();
            outbox.markSent(message.id(), now);
            return message;
        });
        assertThat(next(now)).isEmpty();
        release.countDown();
        UUID theirs = elsewhere.get(30, TimeUnit.SECONDS);

        assertThat(ours.id()).isNotEqualTo(theirs);
        assertThat(ours.body()).isEqualTo("second t0k3n");
        assertThat(next(now)).isEmpty();
        assertThat(row(theirs)).containsEntry("body", null).containsEntry("sent", true);
        assertThat(row(ours.id())).containsEntry("body", null).containsEntry("sent", true);
    }

    @Test
    void aFailedAttemptIsKeptWithItsErrorUntilItIsDueAgainAndAMessageGivenUpOnLosesItsBody() {
        Instant year = livingIn("1973");
        queue("ada@example.org", "t0k3n");
        QueuedMessage queued = next(clock.instant()).orElseThrow();

        QuarkusTransaction.requiringNew()
                .run(() -> outbox.recordFailure(
                        queued.id(),
                        new FailedAttempt(1, "ConnectException: Connection refused", year, year.plusSeconds(30))));

        assertThat(next(year.plusSeconds(29))).isEmpty();
        QueuedMessage again = next(year.plusSeconds(30)).orElseThrow();
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(again.body()).isEqualTo("t0k3n");
        assertThat(row(queued.id()))
                .containsEntry("last_error", "ConnectException: Connection refused")
                .containsEntry("sent", false)
                .containsEntry("given_up", false);

        QuarkusTransaction.requiringNew()
                .run(() -> outbox.recordFailure(
                        queued.id(), new FailedAttempt(2, "x".repeat(2000), year.plusSeconds(30), null)));

        assertThat(next(year.plus(Duration.ofDays(300)))).isEmpty();
        Map<String, Object> row = row(queued.id());
        assertThat(row)
                .containsEntry("attempts", 2)
                .containsEntry("given_up", true)
                .containsEntry("sent", false)
                .containsEntry("body", null);
        assertThat((String) row.get("last_error")).hasSize(500);
    }

    private Map<String, Object> row(UUID id) {
        try (Connection connection = stored.separateConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT body, attempts, last_error, sent_at IS NOT NULL AS sent,
                               given_up_at IS NOT NULL AS given_up FROM outbox WHERE id = ?""")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                Map<String, Object> values = new HashMap<>();
                values.put("body", row.getString("body"));
                values.put("attempts", row.getInt("attempts"));
                values.put("last_error", row.getString("last_error"));
                values.put("sent", row.getBoolean("sent"));
                values.put("given_up", row.getBoolean("given_up"));
                return values;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
