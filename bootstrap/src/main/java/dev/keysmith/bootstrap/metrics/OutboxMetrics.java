package dev.keysmith.bootstrap.metrics;

import dev.keysmith.adapters.persistence.outbox.OutboxPersistenceAdapter;
import dev.keysmith.application.port.out.OutboxPort.Channel;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * The outbox backlog: messages waiting to be sent, due or waiting for a retry, per channel
 * ({@code keysmith_outbox_backlog{channel=email|sms}}); the table is shared, so every instance shows the same.
 */
@Singleton
public class OutboxMetrics implements MeterBinder {

    private final OutboxPersistenceAdapter outbox;

    OutboxMetrics(OutboxPersistenceAdapter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            Gauge.builder("keysmith.outbox.backlog", outbox, o -> waiting(o, channel))
                    .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                    .description("messages neither sent nor given up")
                    .register(registry);
        }
    }

    private static double waiting(OutboxPersistenceAdapter outbox, Channel channel) {
        try {
            return outbox.waiting(channel);
        } catch (IllegalStateException databaseUnavailable) {
            return Double.NaN; // a scrape during a database outage shows no value rather than failing
        }
    }
}
