package dev.keysmith.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox every message leaves through, whatever its channel: the worker takes due messages one at a time,
 * each locked until its transaction ends so that no other instance sends it too, and records how it went.
 */
public interface OutboxPort {

    /** The oldest message due at {@code now}, neither sent nor given up; skips messages another worker holds. */
    Optional<QueuedMessage> lockNextDue(Instant now);

    /** The transport accepted the message: it is done, and its body is wiped. */
    void markSent(UUID messageId, Instant sentAt);

    /** An attempt failed: counted with its error, and due again at {@code retryAt}, or given up when that is null. */
    void recordFailure(UUID messageId, FailedAttempt attempt);

    /** How a message travels. */
    enum Channel {
        EMAIL,
        /** One recipient, a phone number in E.164 form; no subject. */
        SMS
    }

    /** What a message is about, kept with it so a failure can be told apart without reading its body. */
    enum MessageKind {
        INVITATION,
        EXPIRY_WARNING,
        NOTICE,
        /** A key's delivery to its integrator: the link by email, the code by SMS. */
        KEY_DELIVERY
    }

    /** A message to send; {@code attempts} counts the attempts that failed so far. */
    record QueuedMessage(
            UUID id,
            Channel channel,
            MessageKind kind,
            List<String> recipients,
            String subject,
            String body,
            int attempts) {

        public QueuedMessage {
            recipients = List.copyOf(recipients);
        }
    }

    /** One failed attempt: the attempt count including it, what went wrong, when, and when to try again. */
    record FailedAttempt(int attempts, String error, Instant at, Instant retryAt) {

        public boolean givenUp() {
            return retryAt == null;
        }
    }
}
