package dev.keysmith.application.port.out;

import dev.keysmith.application.port.out.OutboxPort.Channel;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.key.ApiKeyId;
import java.util.List;
import java.util.Optional;

/** Stores key deliveries (digests and the sealed key, never the token or the code) and queues their messages. */
public interface KeyDeliveryPort {

    void insertDelivery(KeyDelivery delivery);

    void updateDelivery(KeyDelivery delivery);

    /** The delivery whose link has this token digest, locked until the transaction ends. */
    Optional<KeyDelivery> lockDelivery(String tokenDigest);

    /** The delivery whose link has this token digest, without a lock. */
    Optional<KeyDelivery> findDelivery(String tokenDigest);

    /** The newest delivery of a key, with whether one of its messages was given up on. */
    Optional<KeyDelivery> latestDelivery(ApiKeyId key);

    /** The key's deliveries whose links are not yet revealed or ended, locked until the transaction ends. */
    List<KeyDelivery> lockUnfinishedDeliveries(ApiKeyId key);

    /**
     * Queues one message of the delivery in the outbox, in the caller's transaction: the worker sends it, with
     * retries, and a message given up on makes the delivery FAILED.
     */
    void queueMessage(KeyDelivery delivery, Channel channel, String recipient, String subject, String body);
}
