package dev.keysmith.application.support;

import dev.keysmith.application.port.out.KeyDeliveryPort;
import dev.keysmith.application.port.out.OutboxPort.Channel;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.key.ApiKeyId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A fake of the key delivery port: deliveries in a map, their messages in a list standing for the outbox, and the
 * deliveries whose messages were given up on, as the outbox's rows tell the PostgreSQL adapter.
 */
public final class InMemoryDeliveries implements KeyDeliveryPort {

    /** One message queued for a delivery. */
    public record Message(UUID deliveryId, Channel channel, String recipient, String subject, String body) {}

    public final Map<UUID, KeyDelivery> deliveries = new LinkedHashMap<>();
    public final List<Message> messages = new ArrayList<>();
    private final Set<UUID> givenUp = new HashSet<>();

    /** Every message of the delivery was given up on, as the outbox worker does after its last attempt. */
    public void giveUp(UUID deliveryId) {
        givenUp.add(deliveryId);
    }

    /** The messages queued for the deliveries of a key, oldest first. */
    public List<Message> messagesOf(ApiKeyId key) {
        return messages.stream()
                .filter(m -> deliveries.get(m.deliveryId()).keyId().equals(key))
                .toList();
    }

    @Override
    public void insertDelivery(KeyDelivery delivery) {
        deliveries.put(delivery.id(), delivery);
    }

    @Override
    public void updateDelivery(KeyDelivery delivery) {
        deliveries.put(delivery.id(), delivery);
    }

    @Override
    public Optional<KeyDelivery> lockDelivery(String tokenDigest) {
        return findDelivery(tokenDigest);
    }

    @Override
    public Optional<KeyDelivery> findDelivery(String tokenDigest) {
        return all().filter(d -> d.tokenDigest().equals(tokenDigest)).findFirst();
    }

    @Override
    public Optional<KeyDelivery> latestDelivery(ApiKeyId key) {
        return all().filter(d -> d.keyId().equals(key))
                .max(Comparator.comparing(KeyDelivery::createdAt)
                        .thenComparing(d -> d.id().toString(), Comparator.reverseOrder()));
    }

    @Override
    public List<KeyDelivery> lockUnfinishedDeliveries(ApiKeyId key) {
        return all().filter(d -> d.keyId().equals(key))
                .filter(d -> d.revealedAt() == null && d.endedAt() == null)
                .toList();
    }

    @Override
    public void queueMessage(KeyDelivery delivery, Channel channel, String recipient, String subject, String body) {
        messages.add(new Message(delivery.id(), channel, recipient, subject, body));
    }

    /** The stored deliveries as the adapter reads them: failed once one of their messages was given up on. */
    private java.util.stream.Stream<KeyDelivery> all() {
        return deliveries.values().stream().map(d -> givenUp.contains(d.id()) ? failed(d) : d);
    }

    private static KeyDelivery failed(KeyDelivery d) {
        return new KeyDelivery(
                d.id(),
                d.keyId(),
                d.integratorId(),
                d.accountId(),
                d.tokenDigest(),
                d.codeDigest(),
                d.sealedSecret(),
                d.createdAt(),
                d.expiresAt(),
                d.wrongCodes(),
                d.revealedAt(),
                d.endedAt(),
                true);
    }
}
