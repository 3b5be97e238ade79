package dev.keysmith.application.port.in.outbox;

import dev.keysmith.application.port.in.Caller;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Sends the messages of the outbox that are due, one at a time, each marked sent only once its transport
 * accepted it; a failed attempt is recorded and retried later with backoff. Run by the outbox worker of every
 * instance as the system, or by an operator.
 */
public interface DeliverOutboxUseCase {

    /** One round: due messages until none is left, one fails, or the round's batch is full. */
    DeliveryRound deliverDue(DeliverOutboxCommand command);

    /** Who runs the round: the outbox worker as the system, or an operator. */
    record DeliverOutboxCommand(Caller caller) {

        public DeliverOutboxCommand {
            Objects.requireNonNull(caller, "caller");
        }
    }

    /** What one round did: messages sent, and the attempt that failed, if one did. */
    record DeliveryRound(int sent, List<Failure> failures) {

        public DeliveryRound {
            failures = List.copyOf(failures);
        }
    }

    /** A failed attempt: which message, of what kind, its attempts so far, why, and whether that was its last. */
    record Failure(UUID messageId, String kind, int attempts, String error, boolean givenUp) {}
}
