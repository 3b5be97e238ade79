package dev.keysmith.bootstrap.config;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * When a background job runs on this instance: every interval (in the one duration grammar, {@code 1h},
 * {@code PT6H}), on a Quartz-style cron expression ({@code 0 15 3 * * ?}, recognised by its spaces), or
 * {@code off} (also {@code disabled}).
 *
 * @param every the interval, null for a cron expression or off
 * @param cron the cron expression, null for an interval or off
 */
public record JobSchedule(Duration every, String cron) {

    public static final JobSchedule OFF = new JobSchedule(null, null);

    public JobSchedule {
        if (every != null && cron != null) {
            throw new IllegalArgumentException("a job runs every interval or on a cron expression, not both");
        }
        if (every != null && (every.isZero() || every.isNegative())) {
            throw new IllegalArgumentException("a job's interval must be positive, not " + every);
        }
    }

    public boolean isOff() {
        return every == null && cron == null;
    }

    /**
     * Schedules {@code task} as {@code identity}, one run at a time, unless off; the first run of an interval
     * comes after {@code firstDelay} (zero for at once). Returns whether it was scheduled.
     */
    public boolean schedule(Scheduler scheduler, String identity, Duration firstDelay, Runnable task) {
        if (isOff()) {
            return false;
        }
        Scheduler.JobDefinition<?> job = scheduler
                .newJob(identity)
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> task.run());
        if (cron != null) {
            job.setCron(cron);
        } else {
            job.setInterval(every.toString());
            if (!firstDelay.isZero()) {
                job.setDelayed(firstDelay.toString());
            }
        }
        job.schedule();
        return true;
    }

    /** Reads a schedule setting: {@code off}, a cron expression, or a duration. */
    public static final class Grammar implements Converter<JobSchedule> {

        private static final long serialVersionUID = 1L;
        private static final DurationGrammar DURATIONS = new DurationGrammar();

        @Override
        public JobSchedule convert(String value) {
            String text = value == null ? "" : value.strip();
            if (text.isEmpty()) {
                return null;
            }
            String mode = text.toLowerCase(Locale.ROOT);
            if (mode.equals("off") || mode.equals("disabled")) {
                return OFF;
            }
            if (text.contains(" ")) {
                return new JobSchedule(null, text);
            }
            return new JobSchedule(DURATIONS.convert(text), null);
        }
    }
}
