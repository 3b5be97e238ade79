package dev.keysmith.bootstrap.jobs;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase.RunSweepCommand;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase.SweepResult;
import dev.keysmith.bootstrap.config.JobSchedule;
import dev.keysmith.bootstrap.config.KeysmithConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Runs the inactivity sweep on {@code keysmith.expiry.schedule}: an interval ({@code 1h}, {@code 30m},
 * {@code PT6H}), a Quartz-style cron expression ({@code 0 15 3 * * ?}), or {@code off} (see {@link JobSchedule}).
 * Every instance schedules it; the sweep's own lock lets one of them work and the others skip. Scheduled
 * programmatically because {@code @Scheduled} takes either an interval or a cron, not one setting for both.
 */
@ApplicationScoped
public class ExpirySweepJob {

    static final String IDENTITY = "expiry-sweep";
    /** Not at start-up itself: the instance gets a minute to warm up first. */
    private static final Duration WARM_UP = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(ExpirySweepJob.class);

    private final RunExpirySweepUseCase sweeps;
    private final Scheduler scheduler;
    private final JobSchedule schedule;

    ExpirySweepJob(RunExpirySweepUseCase sweeps, Scheduler scheduler, KeysmithConfig config) {
        this.sweeps = sweeps;
        this.scheduler = scheduler;
        this.schedule = config.expiry().schedule();
    }

    void schedule(@Observes StartupEvent started) {
        if (!schedule.schedule(scheduler, IDENTITY, WARM_UP, this::sweep)) {
            LOG.info("the inactivity sweep is not scheduled on this instance (keysmith.expiry.schedule=off)");
        }
    }

    void sweep() {
        try {
            SweepResult result = sweeps.sweep(new RunSweepCommand(Caller.system()));
            if (result.skipped()) {
                LOG.debug("inactivity sweep skipped: another instance is sweeping");
            } else {
                LOG.infof(
                        "inactivity sweep: %d warnings, %d keys expired, %d grace periods ended, %d emails",
                        result.warningsSent(), result.keysExpired(), result.gracePeriodsEnded(), result.emailsSent());
            }
        } catch (RuntimeException e) {
            // The next run picks up where this one stopped; every batch that committed stays done.
            LOG.errorf(e, "inactivity sweep failed");
        }
    }
}
