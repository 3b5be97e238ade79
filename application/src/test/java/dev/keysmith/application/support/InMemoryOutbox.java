package dev.keysmith.application.support;

import dev.keysmith.application.port.out.OutboxPort;
import dev.keysmith.application.port.out.SendEmailPort;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox table in memory, queued into and taken from as the PostgreSQL adapter does: messages stamped with the
 * clock when queued, the next due one chosen in the same order as the SQL, errors cut to the column's length.
 */
public final class InMemoryOutbox implements SendEmailPort, OutboxPort {

    private static final int MAX_ERROR_LENGTH = 500;

    private final Clock clock;
    private final List<Row> rows = new ArrayList<>();

    public InMemoryOutbox(Clock clock) {
        this.clock = clock;
    }

    /** One outbox row. */
    public static final class Row {
        public final UUID id = UUID.randomUUID();
        public final EmailMessage message;
        public final Instant createdAt;
        public String body;
        public Instant dueAt;
        public int attempts;
        public String lastError;
        public Instant sentAt;
        public Instant givenUpAt;

        Row(EmailMessage message, Instant createdAt) {
            this.message = message;
            this.body = message.body();
            this.createdAt = createdAt;
            this.dueAt = createdAt;
        }
    }

    /** Queues an invitation to one recipient and returns its id. */
    public UUID queue(String to, String body) {
        return add(new EmailMessage(MessageKind.INVITATION, List.of(to), "Subject", body));
    }

    public Row row(UUID id) {
        return rows.stream().filter(r -> r.id.equals(id)).findFirst().orElseThrow();
    }

    @Override
    public void send(EmailMessage message) {
        add(message);
    }

    private UUID add(EmailMessage message) {
        Row row = new Row(message, clock.instant());
        rows.add(row);
        return row.id;
    }

    @Override
    public Optional<QueuedMessage> lockNextDue(Instant now) {
        return rows.stream()
                .filter(r -> r.sentAt == null && r.givenUpAt == null && !r.dueAt.isAfter(now))
                .min(Comparator.comparing((Row r) -> r.dueAt).thenComparing(r -> r.createdAt))
                .map(r -> new QueuedMessage(
                        r.id,
                        Channel.EMAIL,
                        r.message.kind(),
                        r.message.to(),
                        r.message.subject(),
                        r.body,
                        r.attempts));
    }

    @Override
    public void markSent(UUID messageId, Instant sentAt) {
        Row row = row(messageId);
        row.sentAt = sentAt;
        row.body = null;
    }

    @Override
    public void recordFailure(UUID messageId, FailedAttempt attempt) {
        Row row = row(messageId);
        row.attempts = attempt.attempts();
        row.lastError = attempt.error() == null || attempt.error().length() <= MAX_ERROR_LENGTH
                ? attempt.error()
                : attempt.error().substring(0, MAX_ERROR_LENGTH);
        if (attempt.givenUp()) {
            row.givenUpAt = attempt.at();
            row.body = null;
        } else {
            row.dueAt = attempt.retryAt();
        }
    }
}
