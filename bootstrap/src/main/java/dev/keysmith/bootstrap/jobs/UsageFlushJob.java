package dev.keysmith.bootstrap.jobs;

import dev.keysmith.application.port.out.UsageRecorderPort;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Writes coalesced key use every {@code keysmith.usage.flush-interval}, and once more on shutdown. */
@ApplicationScoped
public class UsageFlushJob {

    private final UsageRecorderPort usage;

    UsageFlushJob(UsageRecorderPort usage) {
        this.usage = usage;
    }

    @Scheduled(every = "${keysmith.usage.flush-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "usage-flush")
    void flush() {
        usage.flush();
    }

    // Runs before the datasource closes, so the last uses are not lost.
    void flushOnShutdown(@Observes @Priority(1) ShutdownEvent stopping) {
        usage.flush();
    }
}
