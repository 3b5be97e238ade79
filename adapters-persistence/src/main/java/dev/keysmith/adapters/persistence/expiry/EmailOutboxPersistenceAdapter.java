package dev.keysmith.adapters.persistence.expiry;

import static dev.keysmith.adapters.persistence.shared.SqlValues.strings;
import static dev.keysmith.adapters.persistence.shared.SqlValues.timestamp;

import dev.keysmith.application.port.out.EmailOutboxPort;
import dev.keysmith.domain.account.AccountId;
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
 * The outbox of warning emails in {@code email_outbox}: a sweep's batches add lines to one row per account
 * (an upsert on the sweep and account), and the sender takes unsent rows one at a time.
 */
@ApplicationScoped
public class EmailOutboxPersistenceAdapter implements EmailOutboxPort {

    private static final String APPEND = """
            INSERT INTO email_outbox (id, sweep_id, account_id, recipients, subject, lines, key_count, created_at)
            VALUES (?, ?, ?,
                    ARRAY(SELECT u.email FROM membership m JOIN app_user u ON u.id = m.user_id
                           WHERE m.account_id = ? AND m.role IN ('SUPERADMIN', 'ADMIN') ORDER BY u.email),
                    ?, (?::text[])[1:?], ?, ?)
            ON CONFLICT (sweep_id, account_id) DO UPDATE
               SET lines = (email_outbox.lines || EXCLUDED.lines)[1:?],
                   key_count = email_outbox.key_count + EXCLUDED.key_count""";
    private static final String NEXT_UNSENT = """
            SELECT id, account_id, recipients, subject, lines, key_count FROM email_outbox
             WHERE sent_at IS NULL ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""";

    private final DataSource dataSource;
    private final Clock clock;

    EmailOutboxPersistenceAdapter(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void appendToEmail(UUID sweepId, AccountId account, String subject, List<String> lines, int maxLines) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(APPEND)) {
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, sweepId);
            statement.setObject(3, account.value());
            statement.setObject(4, account.value());
            statement.setString(5, subject);
            statement.setArray(6, connection.createArrayOf("text", lines.toArray()));
            statement.setInt(7, maxLines);
            statement.setInt(8, lines.size());
            statement.setObject(9, timestamp(clock.instant()));
            statement.setInt(10, maxLines);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not add to the warning email", e);
        }
    }

    @Override
    public Optional<OutboxEmail> lockNextUnsent() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(NEXT_UNSENT);
                ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new OutboxEmail(row.getObject("id", UUID.class),
                    new AccountId(row.getObject("account_id", UUID.class)), List.of(strings(row.getArray("recipients"))),
                    row.getString("subject"), List.of(strings(row.getArray("lines"))), row.getInt("key_count")));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the email outbox", e);
        }
    }

    @Override
    public void markSent(UUID emailId, Instant sentAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "UPDATE email_outbox SET sent_at = ? WHERE id = ?")) {
            statement.setObject(1, timestamp(sentAt));
            statement.setObject(2, emailId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark the email sent", e);
        }
    }
}
