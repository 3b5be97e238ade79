package dev.keysmith.application.outbox;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase;
import dev.keysmith.application.port.out.DeliveryFailedException;
import dev.keysmith.application.port.out.EmailTransportPort;
import dev.keysmith.application.port.out.OutboxPort;
import dev.keysmith.application.port.out.OutboxPort.FailedAttempt;
import dev.keysmith.application.port.out.OutboxPort.QueuedMessage;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import dev.keysmith.application.port.out.SmsTransportPort;
import dev.keysmith.application.port.out.SmsTransportPort.SmsMessage;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.domain.audit.ActorType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox worker's round. Each message is taken, sent and marked in one transaction that holds its row lock,
 * so two instances never send the same message; the transport bounds how long a send may take. A round stops
 * at the first failure: when the mail server is down the other messages would only fail too.
 */
public final class OutboxDeliveryService implements DeliverOutboxUseCase {

    private final OutboxPort outbox;
    private final EmailTransportPort email;
    private final SmsTransportPort sms;
    private final TransactionPort transactions;
    private final OutboxPolicy policy;
    private final Clock clock;

    public OutboxDeliveryService(
            OutboxPort outbox,
            EmailTransportPort email,
            TransactionPort transactions,
            OutboxPolicy policy,
            Clock clock) {
        this(
                outbox,
                email,
                message -> {
                    throw new DeliveryFailedException("no SMS transport is configured");
                },
                transactions,
                policy,
                clock);
    }

    public OutboxDeliveryService(
            OutboxPort outbox,
            EmailTransportPort email,
            SmsTransportPort sms,
            TransactionPort transactions,
            OutboxPolicy policy,
            Clock clock) {
        this.sms = sms;
        this.outbox = outbox;
        this.email = email;
        this.transactions = transactions;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public DeliveryRound deliverDue(DeliverOutboxCommand command) {
        Caller caller = command.caller();
        if (caller.type() != ActorType.SYSTEM) {
            caller.requireOperator();
        }
        int sent = 0;
        while (sent < policy.batchSize()) {
            Attempt attempt = transactions.inTransaction(this::deliverNext);
            if (attempt == null) {
                break;
            }
            if (attempt.failure() != null) {
                return new DeliveryRound(sent, List.of(attempt.failure()));
            }
            sent++;
        }
        return new DeliveryRound(sent, List.of());
    }

    /** Sends the next due message; null when none is due. */
    private Attempt deliverNext() {
        Optional<QueuedMessage> next = outbox.lockNextDue(clock.instant());
        if (next.isEmpty()) {
            return null;
        }
        QueuedMessage message = next.get();
        try {
            transport(message);
        } catch (RuntimeException e) {
            int attempts = message.attempts() + 1;
            Instant at = clock.instant();
            Instant retryAt = attempts >= policy.maxAttempts() ? null : at.plus(policy.delayAfter(attempts));
            // A transport's reason is safe to keep; anything else is a bug whose message nobody vetted.
            String error = e instanceof DeliveryFailedException
                    ? e.getMessage()
                    : "unexpected " + e.getClass().getName();
            outbox.recordFailure(message.id(), new FailedAttempt(attempts, error, at, retryAt));
            return new Attempt(new Failure(message.id(), message.kind().name(), attempts, error, retryAt == null));
        }
        outbox.markSent(message.id(), clock.instant());
        return new Attempt(null);
    }

    private void transport(QueuedMessage message) {
        switch (message.channel()) {
            case EMAIL ->
                email.deliver(
                        new EmailMessage(message.kind(), message.recipients(), message.subject(), message.body()));
            case SMS -> sms.deliver(new SmsMessage(message.recipients().get(0), message.body()));
        }
    }

    private record Attempt(Failure failure) {}
}
