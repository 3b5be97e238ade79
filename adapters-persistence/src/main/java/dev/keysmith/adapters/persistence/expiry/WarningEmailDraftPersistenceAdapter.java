package dev.keysmith.adapters.persistence.expiry;

import static dev.keysmith.adapters.persistence.shared.SqlValues.strings;
import static dev.keysmith.adapters.persistence.shared.SqlValues.timestamp;

import dev.keysmith.application.port.out.WarningEmailDraftPort;
import dev.keysmith.domain.account.AccountId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The sweep's warning email drafts: {@code warning_email} holds one row per sweep and account (an upsert that
 * only adds to its count), {@code warning_email_line} the first lines of each, inserted once and never
 * rewritten. Each sweep batch costs two statements whatever the number of accounts in it; finished drafts are
 * taken one at a time and deleted once they are in the outbox.
 */
@ApplicationScoped
public class WarningEmailDraftPersistenceAdapter implements WarningEmailDraftPort {

    /** One row per account in the batch, counting its lines; answers each email's count including this batch. */
    private static final String COUNT = """
            INSERT INTO warning_email (id, sweep_id, account_id, recipients, subject, key_count, created_at)
            SELECT gen_random_uuid(), ?, e.account_id,
                   ARRAY(SELECT u.email FROM membership m JOIN app_user u ON u.id = m.user_id
                          WHERE m.account_id = e.account_id AND m.role IN ('SUPERADMIN', 'ADMIN') ORDER BY u.email),
                   e.subject, e.lines, ?
              FROM unnest(?::uuid[], ?::text[], ?::int[]) AS e(account_id, subject, lines)
            ON CONFLICT (sweep_id, account_id) DO UPDATE SET key_count = warning_email.key_count + EXCLUDED.key_count
            RETURNING id, account_id, key_count""";

    private static final String ADD_LINES = """
            INSERT INTO warning_email_line (email_id, position, line)
            SELECT * FROM unnest(?::uuid[], ?::int[], ?::text[])""";
    private static final String NEXT_DRAFT = """
            SELECT id, account_id, recipients, subject, key_count FROM warning_email
             ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""";
    private static final String LINES = "SELECT line FROM warning_email_line WHERE email_id = ? ORDER BY position";
    private static final String DELETE = """
            WITH lines AS (DELETE FROM warning_email_line WHERE email_id = ?)
            DELETE FROM warning_email WHERE id = ?""";

    private final DataSource dataSource;
    private final Clock clock;

    WarningEmailDraftPersistenceAdapter(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void appendToDrafts(UUID sweepId, List<DraftLines> emails, int maxLines) {
        if (emails.isEmpty()) {
            return;
        }
        Map<UUID, DraftLines> byAccount = new HashMap<>();
        emails.forEach(email -> byAccount.put(email.account().value(), email));
        try (Connection connection = dataSource.getConnection()) {
            List<Object> emailIds = new ArrayList<>();
            List<Object> positions = new ArrayList<>();
            List<Object> lines = new ArrayList<>();
            try (PreparedStatement count = connection.prepareStatement(COUNT)) {
                count.setObject(1, sweepId);
                count.setObject(2, timestamp(clock.instant()));
                count.setArray(
                        3,
                        connection.createArrayOf(
                                "uuid",
                                emails.stream().map(e -> e.account().value()).toArray()));
                count.setArray(
                        4,
                        connection.createArrayOf(
                                "text", emails.stream().map(DraftLines::subject).toArray()));
                count.setArray(
                        5,
                        connection.createArrayOf(
                                "integer",
                                emails.stream().map(e -> e.lines().size()).toArray()));
                try (ResultSet row = count.executeQuery()) {
                    while (row.next()) {
                        DraftLines email = byAccount.get(row.getObject("account_id", UUID.class));
                        int before = row.getInt("key_count") - email.lines().size();
                        for (int i = 0; i < email.lines().size() && before + i < maxLines; i++) {
                            emailIds.add(row.getObject("id", UUID.class));
                            positions.add(before + i + 1);
                            lines.add(email.lines().get(i));
                        }
                    }
                }
            }
            if (lines.isEmpty()) {
                return;
            }
            try (PreparedStatement add = connection.prepareStatement(ADD_LINES)) {
                add.setArray(1, connection.createArrayOf("uuid", emailIds.toArray()));
                add.setArray(2, connection.createArrayOf("integer", positions.toArray()));
                add.setArray(3, connection.createArrayOf("text", lines.toArray()));
                add.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not add to the warning email drafts", e);
        }
    }

    @Override
    public Optional<Draft> lockNextDraft() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement next = connection.prepareStatement(NEXT_DRAFT);
                ResultSet row = next.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            UUID id = row.getObject("id", UUID.class);
            List<String> lines = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(LINES)) {
                select.setObject(1, id);
                try (ResultSet line = select.executeQuery()) {
                    while (line.next()) {
                        lines.add(line.getString(1));
                    }
                }
            }
            return Optional.of(new Draft(
                    id,
                    new AccountId(row.getObject("account_id", UUID.class)),
                    List.of(strings(row.getArray("recipients"))),
                    row.getString("subject"),
                    lines,
                    row.getInt("key_count")));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the warning email drafts", e);
        }
    }

    @Override
    public void deleteDraft(UUID draftId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(DELETE)) {
            statement.setObject(1, draftId);
            statement.setObject(2, draftId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete the warning email draft", e);
        }
    }
}
