package dev.keysmith.bootstrap.metrics;

import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Outbox rounds: messages sent ({@code keysmith_outbox_sent_total}) and failed attempts by kind, with those given
 * up after their last attempt counted apart ({@code keysmith_outbox_failures_total{kind,given_up}}).
 */
public final class MeteredOutbox implements DeliverOutboxUseCase {

    private final DeliverOutboxUseCase outbox;
    private final MeterRegistry registry;

    public MeteredOutbox(DeliverOutboxUseCase outbox, MeterRegistry registry) {
        this.outbox = outbox;
        this.registry = registry;
        registry.counter("keysmith.outbox.sent"); // shown at 0 before the first round
    }

    @Override
    public DeliveryRound deliverDue(DeliverOutboxCommand command) {
        DeliveryRound round = outbox.deliverDue(command);
        registry.counter("keysmith.outbox.sent").increment(round.sent());
        for (Failure failure : round.failures()) {
            registry.counter(
                            "keysmith.outbox.failures",
                            "kind",
                            String.valueOf(failure.kind()),
                            "given_up",
                            String.valueOf(failure.givenUp()))
                    .increment();
        }
        return round;
    }
}
