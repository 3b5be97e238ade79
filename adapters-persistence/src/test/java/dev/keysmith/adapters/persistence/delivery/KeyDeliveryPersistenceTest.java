package dev.keysmith.adapters.persistence.delivery;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.application.port.out.IntegratorPort;
import dev.keysmith.application.port.out.KeyDeliveryPort;
import dev.keysmith.application.port.out.OutboxPort.Channel;
import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import dev.keysmith.application.port.out.contract.KeyDeliveryPortContractTest;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.domain.delivery.KeyDelivery;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The key_delivery table and the delivery's rows in the outbox. The messages queued here are due now, never in the
 * years the outbox's own tests ask about.
 */
@QuarkusTest
class KeyDeliveryPersistenceTest extends KeyDeliveryPortContractTest {

    @Inject
    PostgresPorts ports;

    @Inject
    IntegratorPort integrators;

    @Inject
    KeyDeliveryPort deliveries;

    @Inject
    Stored stored;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }

    @Override
    protected IntegratorPort integrators() {
        return integrators;
    }

    @Override
    protected KeyDeliveryPort deliveries() {
        return deliveries;
    }

    @Override
    protected List<Queued> queuedFor(KeyDelivery delivery) {
        try (Connection connection = stored.separateConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT channel, kind, recipients, subject, body FROM outbox WHERE delivery_id = ?")) {
            select.setObject(1, delivery.id());
            List<Queued> queued = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String[] recipients = (String[]) rows.getArray("recipients").getArray();
                    queued.add(new Queued(
                            Channel.valueOf(rows.getString("channel")),
                            MessageKind.valueOf(rows.getString("kind")),
                            String.join(",", recipients),
                            rows.getString("subject"),
                            rows.getString("body")));
                }
            }
            return queued;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void giveUpMessagesOf(KeyDelivery delivery) {
        try (Connection connection = stored.separateConnection();
                PreparedStatement giveUp = connection.prepareStatement(
                        "UPDATE outbox SET given_up_at = now(), body = NULL WHERE delivery_id = ?")) {
            giveUp.setObject(1, delivery.id());
            giveUp.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
