package dev.keysmith.bootstrap.jobs;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliverOutboxCommand;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.DeliveryRound;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase.Failure;
import dev.keysmith.bootstrap.config.JobSchedule;
import dev.keysmith.bootstrap.config.KeysmithConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The outbox worker: every {@code keysmith.outbox.poll-interval} on every instance, sends the messages that
 * are due. Rows are locked one by one with SKIP LOCKED, so instances share the work and never send twice.
 */
@ApplicationScoped
public class OutboxDeliveryJob {

    private static final Logger LOG = Logger.getLogger(OutboxDeliveryJob.class);

    private final DeliverOutboxUseCase outbox;
    private final Scheduler scheduler;
    private final JobSchedule schedule;

    OutboxDeliveryJob(DeliverOutboxUseCase outbox, Scheduler scheduler, KeysmithConfig config) {
        this.outbox = outbox;
        this.scheduler = scheduler;
        this.schedule = config.outbox().pollInterval();
    }

    void schedule(@Observes StartupEvent started) {
        if (!schedule.schedule(scheduler, "outbox-delivery", Duration.ZERO, this::deliver)) {
            LOG.info("the outbox worker is not scheduled on this instance (keysmith.outbox.poll-interval=off)");
        }
    }

    void deliver() {
        try {
            DeliveryRound round = outbox.deliverDue(new DeliverOutboxCommand(Caller.system()));
            if (round.sent() > 0) {
                LOG.debugf("outbox: %d message(s) sent", round.sent());
            }
            for (Failure failure : round.failures()) {
                // Id, kind and the transport's reason only: never a recipient or the body.
                if (failure.givenUp()) {
                    LOG.errorf(
                            "outbox message %s (%s) not sent after %d attempts, given up: %s",
                            failure.messageId(), failure.kind(), failure.attempts(), failure.error());
                } else {
                    LOG.warnf(
                            "outbox message %s (%s) not sent, attempt %d, will retry: %s",
                            failure.messageId(), failure.kind(), failure.attempts(), failure.error());
                }
            }
        } catch (RuntimeException e) {
            // The database is away; every message stays queued for the next round.
            LOG.warnf("outbox round failed: %s", e.toString());
        }
    }
}
