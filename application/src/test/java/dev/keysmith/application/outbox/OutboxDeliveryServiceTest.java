package dev.keysmith.application.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliverOutboxCommand;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliveryRound;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import dev.keysmith.application.support.Fakes;
import dev.keysmith.application.support.InMemoryOutbox;
import dev.keysmith.domain.shared.PermissionDeniedException;
import dev.keysmith.domain.testing.TestClock;
import dev.keysmith.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxDeliveryServiceTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final Caller SYSTEM = Caller.system();
    private static final OutboxPolicy POLICY = new OutboxPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(1), 10);

    private final TestClock clock = TestClock.at(START);
    private final InMemoryOutbox outbox = new InMemoryOutbox(clock);
    private final Fakes.Transport transport = new Fakes.Transport();
    private final OutboxDeliveryService service =
            new OutboxDeliveryService(outbox, transport, new Fakes.Transactions(), POLICY, clock);

    @Test
    void dueMessagesAreSentOnceEachAndMarkedSentWithTheirBodyWiped() {
        UUID first = outbox.queue("ada@example.org", "token-1");
        UUID second = outbox.queue("grace@example.org", "token-2");

        DeliveryRound round = service.deliverDue(new DeliverOutboxCommand(SYSTEM));

        assertThat(round.sent()).isEqualTo(2);
        assertThat(round.failures()).isEmpty();
        assertThat(transport.accepted).extracting(EmailMessage::body).containsExactly("token-1", "token-2");
        assertThat(outbox.row(first).sentAt).isEqualTo(START);
        assertThat(outbox.row(second).body).isNull();
        assertThat(service.deliverDue(new DeliverOutboxCommand(SYSTEM)).sent()).isZero();
        assertThat(transport.accepted).hasSize(2);
    }

    @Test
    void aFailedAttemptIsCountedWithItsErrorAndRetriedAfterABackoffThatDoublesUpToTheCap() {
        UUID id = outbox.queue("ada@example.org", "token-1");
        transport.down = true;

        DeliveryRound round = service.deliverDue(new DeliverOutboxCommand(SYSTEM));

        assertThat(round.sent()).isZero();
        assertThat(round.failures()).singleElement().satisfies(f -> {
            assertThat(f.messageId()).isEqualTo(id);
            assertThat(f.attempts()).isEqualTo(1);
            assertThat(f.error()).isEqualTo("connection refused");
            assertThat(f.givenUp()).isFalse();
        });
        InMemoryOutbox.Row row = outbox.row(id);
        assertThat(row.attempts).isEqualTo(1);
        assertThat(row.lastError).isEqualTo("connection refused");
        assertThat(row.dueAt).isEqualTo(START.plusSeconds(30));
        assertThat(row.sentAt).isNull();
        assertThat(row.body).isEqualTo("token-1");

        clock.advance(Duration.ofSeconds(29));
        assertThat(service.deliverDue(new DeliverOutboxCommand(SYSTEM)).failures())
                .isEmpty();
        assertThat(transport.tries).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        service.deliverDue(new DeliverOutboxCommand(SYSTEM));
        assertThat(outbox.row(id).attempts).isEqualTo(2);
        assertThat(outbox.row(id).dueAt).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        transport.down = false;
        clock.advance(Duration.ofMinutes(1));
        assertThat(service.deliverDue(new DeliverOutboxCommand(SYSTEM)).sent()).isEqualTo(1);
        assertThat(outbox.row(id).sentAt).isEqualTo(clock.instant());
        assertThat(outbox.row(id).attempts).isEqualTo(2);
        assertThat(transport.accepted).hasSize(1);
    }

    @Test
    void afterTheLastAttemptTheMessageIsGivenUpAndKeptWithItsError() {
        UUID id = outbox.queue("ada@example.org", "token-1");
        transport.down = true;

        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            service.deliverDue(new DeliverOutboxCommand(SYSTEM));
            clock.advance(Duration.ofHours(1));
        }

        InMemoryOutbox.Row row = outbox.row(id);
        assertThat(row.attempts).isEqualTo(3);
        assertThat(row.givenUpAt).isNotNull();
        assertThat(row.lastError).isEqualTo("connection refused");
        assertThat(row.body).isNull();
        transport.down = false;
        assertThat(service.deliverDue(new DeliverOutboxCommand(SYSTEM)).sent()).isZero();
        assertThat(transport.tries).isEqualTo(3);
    }

    @Test
    void aRoundStopsAtTheFirstFailureAndLeavesTheOthersDue() {
        outbox.queue("ada@example.org", "token-1");
        UUID second = outbox.queue("grace@example.org", "token-2");
        transport.down = true;

        service.deliverDue(new DeliverOutboxCommand(SYSTEM));

        assertThat(transport.tries).isEqualTo(1);
        assertThat(outbox.row(second).attempts).isZero();
        assertThat(outbox.row(second).dueAt).isEqualTo(START);
    }

    @Test
    void anUnexpectedErrorIsRecordedByItsTypeOnlyAndDoesNotBlockTheQueue() {
        UUID id = outbox.queue("ada@example.org", "token-1");
        transport.unexpected = true;

        DeliveryRound round = service.deliverDue(new DeliverOutboxCommand(SYSTEM));

        assertThat(round.failures())
                .singleElement()
                .satisfies(f -> assertThat(f.error()).isEqualTo("unexpected java.lang.IllegalStateException"));
        assertThat(outbox.row(id).lastError).doesNotContain("token-1");
    }

    @Test
    void aRoundSendsAtMostItsBatch() {
        OutboxDeliveryService small = new OutboxDeliveryService(
                outbox,
                transport,
                new Fakes.Transactions(),
                new OutboxPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(1), 2),
                clock);
        for (int i = 0; i < 5; i++) {
            outbox.queue("person" + i + "@example.org", "body " + i);
        }

        assertThat(small.deliverDue(new DeliverOutboxCommand(SYSTEM)).sent()).isEqualTo(2);
        assertThat(small.deliverDue(new DeliverOutboxCommand(SYSTEM)).sent()).isEqualTo(2);
        assertThat(small.deliverDue(new DeliverOutboxCommand(SYSTEM)).sent()).isEqualTo(1);
    }

    @Test
    void onlyTheSystemOrAnOperatorRunsTheWorker() {
        Caller member = Caller.user(UserId.random(), false, null);
        Caller operator = Caller.user(UserId.random(), true, null);

        assertThatThrownBy(() -> service.deliverDue(new DeliverOutboxCommand(member)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(service.deliverDue(new DeliverOutboxCommand(operator)).sent())
                .isZero();
    }

    @Test
    void theBackoffDoublesFromItsBaseUpToItsCap() {
        OutboxPolicy policy = new OutboxPolicy(10, Duration.ofSeconds(30), Duration.ofMinutes(5), 1);

        assertThat(List.of(1, 2, 3, 4, 5, 6, 60).stream().map(policy::delayAfter))
                .containsExactly(
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(60),
                        Duration.ofSeconds(120),
                        Duration.ofSeconds(240),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(5));
        assertThatThrownBy(() -> new OutboxPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboxPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
