package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.OutboxPort;
import dev.keysmith.application.port.out.OutboxPort.Channel;
import dev.keysmith.application.port.out.OutboxPort.FailedAttempt;
import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import dev.keysmith.application.port.out.OutboxPort.QueuedMessage;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import dev.keysmith.domain.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OutboxPort} does with the messages its {@link SendEmailPort} queued, stated once and run
 * against each implementation. An outbox may be shared by every test of a run, so each test lives in a year of its
 * own in the 1980s, with the clock set there, asks only for messages due then, and leaves none of them due. How many
 * a round takes is the worker's business; row locks between workers and wiped bodies are the adapter's own tests.
 */
public abstract class OutboxPortContractTest {

    protected abstract PortsUnderTest ports();

    protected abstract OutboxPort outbox();

    /** Queues into {@link #outbox()}, stamping each message with {@link #clock()}. */
    protected abstract SendEmailPort queue();

    protected abstract TestClock clock();

    @AfterEach
    void backToTheClocksBase() {
        clock().reset();
    }

    /** Sets the clock to the start of {@code year} and returns that moment. */
    private Instant livingIn(int year) {
        Instant start = Instant.parse(year + "-01-01T00:00:00Z");
        clock().reset();
        clock().setAhead(Duration.between(clock().instant(), start));
        return start;
    }

    /** Queues a message and moves the clock a minute on, so the next one is younger. */
    private void queue(MessageKind kind, List<String> to, String subject, String body) {
        ports().inTransaction(() -> queue().send(new EmailMessage(kind, to, subject, body)));
        clock().advance(Duration.ofMinutes(1));
    }

    private void queue(String to, String body) {
        queue(MessageKind.INVITATION, List.of(to), "Your invitation", body);
    }

    private Optional<QueuedMessage> next(Instant now) {
        return ports().inTransaction(() -> outbox().lockNextDue(now));
    }

    private void sent(QueuedMessage message, Instant at) {
        ports().inTransaction(() -> outbox().markSent(message.id(), at));
    }

    private void failed(QueuedMessage message, FailedAttempt attempt) {
        ports().inTransaction(() -> outbox().recordFailure(message.id(), attempt));
    }

    @Test
    void aQueuedMessageComesBackWithEveryFieldAndASentOneIsDone() {
        Instant year = livingIn(1981);
        queue(
                MessageKind.EXPIRY_WARNING,
                List.of("ada@example.org", "grace@example.org"),
                "Keys expire soon",
                "Zapier expires on 1981-06-01 unless used.");

        QueuedMessage queued = next(year.plus(Duration.ofDays(300))).orElseThrow();

        assertThat(queued.id()).isNotNull();
        assertThat(queued.channel()).isEqualTo(Channel.EMAIL);
        assertThat(queued.kind()).isEqualTo(MessageKind.EXPIRY_WARNING);
        assertThat(queued.recipients()).containsExactly("ada@example.org", "grace@example.org");
        assertThat(queued.subject()).isEqualTo("Keys expire soon");
        assertThat(queued.body()).isEqualTo("Zapier expires on 1981-06-01 unless used.");
        assertThat(queued.attempts()).isZero();

        sent(queued, year.plusSeconds(90));
        assertThat(next(year.plus(Duration.ofDays(300)))).isEmpty();
    }

    @Test
    void messagesComeOldestFirstFromTheMomentTheyWereQueuedAndStayDueUntilSent() {
        Instant year = livingIn(1982);
        queue("ada@example.org", "first");
        queue("grace@example.org", "second");

        assertThat(next(year.minusSeconds(1))).isEmpty();
        QueuedMessage first = next(year.plus(Duration.ofHours(1))).orElseThrow();
        assertThat(first.body()).isEqualTo("first");
        // Taken but neither sent nor failed (a worker that died half-way): it is due again.
        assertThat(next(year.plus(Duration.ofHours(1)))).map(QueuedMessage::id).contains(first.id());

        sent(first, year.plus(Duration.ofHours(1)));
        QueuedMessage second = next(year.plus(Duration.ofHours(1))).orElseThrow();
        assertThat(second.body()).isEqualTo("second");
        sent(second, year.plus(Duration.ofHours(1)));
        assertThat(next(year.plus(Duration.ofDays(300)))).isEmpty();
    }

    @Test
    void aFailedMessageIsDueAgainAtItsRetryWithItsAttemptsCountedAndWaitsBehindTheOnesDueBefore() {
        Instant year = livingIn(1983);
        queue("ada@example.org", "a");
        queue("grace@example.org", "b");
        queue("hedy@example.org", "c");
        Instant soon = year.plus(Duration.ofMinutes(10));

        QueuedMessage a = next(soon).orElseThrow();
        assertThat(a.body()).isEqualTo("a");
        failed(a, new FailedAttempt(1, "connection refused", soon, year.plus(Duration.ofHours(1))));
        QueuedMessage b = next(soon).orElseThrow();
        assertThat(b.body()).isEqualTo("b");
        sent(b, soon);
        QueuedMessage c = next(soon).orElseThrow();
        assertThat(c.body()).isEqualTo("c");
        failed(c, new FailedAttempt(1, "connection refused", soon, year.plus(Duration.ofMinutes(30))));
        assertThat(next(soon)).isEmpty();

        // c was queued after a, but its retry comes first.
        QueuedMessage cAgain = next(year.plus(Duration.ofHours(2))).orElseThrow();
        assertThat(cAgain.id()).isEqualTo(c.id());
        assertThat(cAgain.attempts()).isEqualTo(1);
        assertThat(cAgain.body()).isEqualTo("c");
        sent(cAgain, year.plus(Duration.ofHours(2)));

        assertThat(next(year.plus(Duration.ofMinutes(59)))).isEmpty();
        QueuedMessage aAgain = next(year.plus(Duration.ofHours(1))).orElseThrow();
        assertThat(aAgain.id()).isEqualTo(a.id());
        assertThat(aAgain.attempts()).isEqualTo(1);
        assertThat(aAgain.body()).isEqualTo("a");
        failed(
                aAgain,
                new FailedAttempt(
                        2, "connection refused", year.plus(Duration.ofHours(1)), year.plus(Duration.ofHours(3))));
        assertThat(next(year.plus(Duration.ofHours(3))))
                .map(QueuedMessage::attempts)
                .contains(2);
        sent(aAgain, year.plus(Duration.ofHours(3)));
        assertThat(next(year.plus(Duration.ofDays(300)))).isEmpty();
    }

    @Test
    void aMessageGivenUpOnIsNeverDueAgainAndTheQueueMovesOn() {
        Instant year = livingIn(1984);
        queue("ada@example.org", "hopeless");
        queue("grace@example.org", "fine");

        QueuedMessage hopeless = next(year.plus(Duration.ofHours(1))).orElseThrow();
        assertThat(hopeless.body()).isEqualTo("hopeless");
        failed(hopeless, new FailedAttempt(3, "x".repeat(2000), year.plus(Duration.ofHours(1)), null));

        QueuedMessage fine = next(year.plus(Duration.ofDays(300))).orElseThrow();
        assertThat(fine.body()).isEqualTo("fine");
        sent(fine, year.plus(Duration.ofDays(300)));
        assertThat(next(year.plus(Duration.ofDays(300)))).isEmpty();
    }
}
