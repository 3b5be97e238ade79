package dev.keysmith.bootstrap.jobs;

import dev.keysmith.application.port.out.UsageRecorderPort;
import dev.keysmith.bootstrap.config.JobSchedule;
import dev.keysmith.bootstrap.config.KeysmithConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/** Writes coalesced key use every {@code keysmith.usage.flush-interval}, and once more on shutdown. */
@ApplicationScoped
public class UsageFlushJob {

    private final UsageRecorderPort usage;
    private final Scheduler scheduler;
    private final JobSchedule schedule;

    UsageFlushJob(UsageRecorderPort usage, Scheduler scheduler, KeysmithConfig config) {
        this.usage = usage;
        this.scheduler = scheduler;
        this.schedule = config.usage().flushInterval();
    }

    void schedule(@Observes StartupEvent started) {
        schedule.schedule(scheduler, "usage-flush", Duration.ZERO, this::flush);
    }

    void flush() {
        usage.flush();
    }

    // Runs before the datasource closes, so the last uses are not lost.
    void flushOnShutdown(@Observes @Priority(1) ShutdownEvent stopping) {
        usage.flush();
    }
}
