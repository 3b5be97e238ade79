package dev.keysmith.adapters.persistence.outbox;

import static dev.keysmith.adapters.persistence.shared.SqlValues.strings;
import static dev.keysmith.adapters.persistence.shared.SqlValues.timestamp;

import dev.keysmith.application.port.out.OutboxPort;
import dev.keysmith.application.port.out.SendEmailPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code outbox} table: use cases queue emails into it on the connection of their transaction, and the
 * worker takes the next due row with {@code FOR UPDATE SKIP LOCKED}, so each instance's worker takes a different
 * message and none is sent twice.
 */
@ApplicationScoped
public class OutboxPersistenceAdapter implements SendEmailPort, OutboxPort {

    private static final String QUEUE = """
            INSERT INTO outbox (id, channel, kind, recipients, subject, body, created_at, due_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String NEXT_DUE = """
            SELECT id, channel, kind, recipients, subject, body, attempts FROM outbox
             WHERE sent_at IS NULL AND given_up_at IS NULL AND due_at <= ?
             ORDER BY due_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED""";
    private static final String SENT = """
            UPDATE outbox SET sent_at = ?, last_attempt_at = ?, body = NULL WHERE id = ?""";
    // A message given up on loses its body too: nobody sends it any more, and an invitation's carries a token.
    private static final String FAILED = """
            UPDATE outbox SET attempts = ?, last_error = ?, last_attempt_at = ?, due_at = COALESCE(?, due_at),
                              given_up_at = ?, body = CASE WHEN ?::timestamptz IS NULL THEN NULL ELSE body END
             WHERE id = ?""";
    private static final String WAITING = """
            SELECT count(*) FROM outbox WHERE channel = ? AND sent_at IS NULL AND given_up_at IS NULL""";
    // Longer errors are cut: a transport's reason fits in a line, and the column is no place for a stack.
    private static final int MAX_ERROR_LENGTH = 500;

    private final DataSource dataSource;
    private final Clock clock;

    OutboxPersistenceAdapter(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void send(EmailMessage message) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(QUEUE)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, Channel.EMAIL.name());
            insert.setString(3, message.kind().name());
            insert.setArray(4, connection.createArrayOf("text", message.to().toArray()));
            insert.setString(5, message.subject());
            insert.setString(6, message.body());
            insert.setObject(7, timestamp(now));
            insert.setObject(8, timestamp(now));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not queue the email in the outbox", e);
        }
    }

    /**
     * Messages of {@code channel} neither sent nor given up, due or waiting for a retry: the backlog the metrics
     * show. One count along the index of unsent messages, bounded to a few seconds so a hung database cannot
     * hold a scrape.
     */
    public long waiting(Channel channel) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(WAITING)) {
            count.setQueryTimeout(2);
            count.setString(1, channel.name());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the outbox", e);
        }
    }

    @Override
    public Optional<QueuedMessage> lockNextDue(Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement next = connection.prepareStatement(NEXT_DUE)) {
            next.setObject(1, timestamp(now));
            try (ResultSet row = next.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new QueuedMessage(
                        row.getObject("id", UUID.class),
                        Channel.valueOf(row.getString("channel")),
                        MessageKind.valueOf(row.getString("kind")),
                        List.of(strings(row.getArray("recipients"))),
                        row.getString("subject"),
                        row.getString("body"),
                        row.getInt("attempts")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the outbox", e);
        }
    }

    @Override
    public void markSent(UUID messageId, Instant sentAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(SENT)) {
            update.setObject(1, timestamp(sentAt));
            update.setObject(2, timestamp(sentAt));
            update.setObject(3, messageId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark the message sent", e);
        }
    }

    @Override
    public void recordFailure(UUID messageId, FailedAttempt attempt) {
        String error = attempt.error() == null
                ? null
                : attempt.error().length() <= MAX_ERROR_LENGTH
                        ? attempt.error()
                        : attempt.error().substring(0, MAX_ERROR_LENGTH);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(FAILED)) {
            update.setInt(1, attempt.attempts());
            update.setString(2, error);
            update.setObject(3, timestamp(attempt.at()));
            update.setObject(4, timestamp(attempt.retryAt()));
            update.setObject(5, attempt.givenUp() ? timestamp(attempt.at()) : null);
            update.setObject(6, timestamp(attempt.retryAt()));
            update.setObject(7, messageId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the failed attempt", e);
        }
    }
}
