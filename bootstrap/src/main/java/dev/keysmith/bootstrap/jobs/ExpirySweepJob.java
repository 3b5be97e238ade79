package dev.keysmith.bootstrap.jobs;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase.RunSweepCommand;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase.SweepResult;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the inactivity sweep on {@code keysmith.expiry.schedule}: an interval ({@code 1h}, {@code 30m},
 * {@code PT6H}), a Quartz-style cron expression ({@code 0 15 3 * * ?}, recognised by its spaces), or {@code off}.
 * Every instance schedules it; the sweep's own lock lets one of them work and the others skip. Scheduled
 * programmatically because {@code @Scheduled} takes either an interval or a cron, not one setting for both.
 */
@ApplicationScoped
public class ExpirySweepJob {

    static final String IDENTITY = "expiry-sweep";
    private static final Logger LOG = Logger.getLogger(ExpirySweepJob.class);

    private final RunExpirySweepUseCase sweeps;
    private final Scheduler scheduler;
    private final String schedule;

    ExpirySweepJob(RunExpirySweepUseCase sweeps, Scheduler scheduler,
            @ConfigProperty(name = "keysmith.expiry.schedule") String schedule) {
        this.sweeps = sweeps;
        this.scheduler = scheduler;
        this.schedule = schedule.trim();
    }

    void schedule(@Observes StartupEvent started) {
        String mode = schedule.toLowerCase(Locale.ROOT);
        if (mode.equals("off") || mode.equals("disabled")) {
            LOG.info("the inactivity sweep is not scheduled on this instance (keysmith.expiry.schedule=off)");
            return;
        }
        Scheduler.JobDefinition<?> job = scheduler.newJob(IDENTITY)
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> sweep());
        if (isCron(schedule)) {
            job.setCron(schedule);
        } else {
            // Not at start-up itself: give the instance a minute to warm up first.
            job.setInterval(schedule).setDelayed("1m");
        }
        job.schedule();
    }

    static boolean isCron(String schedule) {
        return schedule.trim().contains(" ");
    }

    void sweep() {
        try {
            SweepResult result = sweeps.sweep(new RunSweepCommand(Caller.system()));
            if (result.skipped()) {
                LOG.debug("inactivity sweep skipped: another instance is sweeping");
            } else {
                LOG.infof("inactivity sweep: %d warnings, %d keys expired, %d grace periods ended, %d emails",
                        result.warningsSent(), result.keysExpired(), result.gracePeriodsEnded(), result.emailsSent());
            }
        } catch (RuntimeException e) {
            // The next run picks up where this one stopped; every batch that committed stays done.
            LOG.errorf(e, "inactivity sweep failed");
        }
    }
}
