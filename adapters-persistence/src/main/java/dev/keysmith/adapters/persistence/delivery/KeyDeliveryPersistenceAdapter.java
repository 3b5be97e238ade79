package dev.keysmith.adapters.persistence.delivery;

import static dev.keysmith.adapters.persistence.shared.SqlValues.instant;
import static dev.keysmith.adapters.persistence.shared.SqlValues.timestamp;

import dev.keysmith.application.port.out.KeyDeliveryPort;
import dev.keysmith.application.port.out.OutboxPort.Channel;
import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.key.ApiKeyId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code key_delivery} table, on the connection of the caller's transaction, and the delivery's messages in
 * the {@code outbox} (tagged with the delivery, so a message given up on shows on it).
 */
@ApplicationScoped
public class KeyDeliveryPersistenceAdapter implements KeyDeliveryPort {

    private static final String COLUMNS = """
            d.id, d.key_id, d.integrator_id, d.account_id, d.token_digest, d.code_digest, d.sealed_secret,
            d.created_at, d.expires_at, d.wrong_codes, d.revealed_at, d.ended_at,
            EXISTS (SELECT 1 FROM outbox o WHERE o.delivery_id = d.id AND o.given_up_at IS NOT NULL)
                AS message_failed""";
    private static final String INSERT = """
            INSERT INTO key_delivery (id, key_id, integrator_id, account_id, token_digest, code_digest, sealed_secret,
                                      created_at, expires_at, wrong_codes, revealed_at, ended_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE key_delivery SET sealed_secret = ?, wrong_codes = ?, revealed_at = ?, ended_at = ? WHERE id = ?""";
    private static final String BY_TOKEN =
            "SELECT " + COLUMNS + " FROM key_delivery d WHERE d.token_digest = ? FOR UPDATE OF d";
    private static final String FIND = "SELECT " + COLUMNS + " FROM key_delivery d WHERE d.token_digest = ?";
    private static final String LATEST =
            "SELECT " + COLUMNS + " FROM key_delivery d WHERE d.key_id = ? ORDER BY d.created_at DESC, d.id LIMIT 1";
    private static final String UNFINISHED = "SELECT " + COLUMNS
            + " FROM key_delivery d WHERE d.key_id = ? AND d.revealed_at IS NULL AND d.ended_at IS NULL"
            + " FOR UPDATE OF d";
    private static final String QUEUE = """
            INSERT INTO outbox (id, channel, kind, recipients, subject, body, created_at, due_at, delivery_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final DataSource dataSource;
    private final Clock clock;

    KeyDeliveryPersistenceAdapter(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void insertDelivery(KeyDelivery delivery) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, delivery.id());
            insert.setObject(2, delivery.keyId().value());
            insert.setObject(3, delivery.integratorId().value());
            insert.setObject(4, delivery.accountId().value());
            insert.setString(5, delivery.tokenDigest());
            insert.setString(6, delivery.codeDigest());
            insert.setString(7, delivery.sealedSecret());
            insert.setObject(8, timestamp(delivery.createdAt()));
            insert.setObject(9, timestamp(delivery.expiresAt()));
            insert.setInt(10, delivery.wrongCodes());
            insert.setObject(11, timestamp(delivery.revealedAt()));
            insert.setObject(12, timestamp(delivery.endedAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the key delivery", e);
        }
    }

    @Override
    public void updateDelivery(KeyDelivery delivery) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update.setString(1, delivery.sealedSecret());
            update.setInt(2, delivery.wrongCodes());
            update.setObject(3, timestamp(delivery.revealedAt()));
            update.setObject(4, timestamp(delivery.endedAt()));
            update.setObject(5, delivery.id());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not update the key delivery", e);
        }
    }

    @Override
    public Optional<KeyDelivery> lockDelivery(String tokenDigest) {
        List<KeyDelivery> found = query(BY_TOKEN, tokenDigest);
        return found.stream().findFirst();
    }

    @Override
    public Optional<KeyDelivery> findDelivery(String tokenDigest) {
        return query(FIND, tokenDigest).stream().findFirst();
    }

    @Override
    public Optional<KeyDelivery> latestDelivery(ApiKeyId key) {
        return query(LATEST, key.value()).stream().findFirst();
    }

    @Override
    public List<KeyDelivery> lockUnfinishedDeliveries(ApiKeyId key) {
        return query(UNFINISHED, key.value());
    }

    @Override
    public void queueMessage(KeyDelivery delivery, Channel channel, String recipient, String subject, String body) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(QUEUE)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, channel.name());
            insert.setString(3, MessageKind.KEY_DELIVERY.name());
            insert.setArray(4, connection.createArrayOf("text", new Object[] {recipient}));
            insert.setString(5, subject);
            insert.setString(6, body);
            insert.setObject(7, timestamp(now));
            insert.setObject(8, timestamp(now));
            insert.setObject(9, delivery.id());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not queue the delivery's message in the outbox", e);
        }
    }

    private List<KeyDelivery> query(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                List<KeyDelivery> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(delivery(rows));
                }
                return found;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read key deliveries", e);
        }
    }

    private static KeyDelivery delivery(ResultSet row) throws SQLException {
        return new KeyDelivery(
                row.getObject("id", UUID.class),
                new ApiKeyId(row.getObject("key_id", UUID.class)),
                new IntegratorId(row.getObject("integrator_id", UUID.class)),
                new AccountId(row.getObject("account_id", UUID.class)),
                row.getString("token_digest"),
                row.getString("code_digest"),
                row.getString("sealed_secret"),
                instant(row, "created_at"),
                instant(row, "expires_at"),
                row.getInt("wrong_codes"),
                instant(row, "revealed_at"),
                instant(row, "ended_at"),
                row.getBoolean("message_failed"));
    }
}
