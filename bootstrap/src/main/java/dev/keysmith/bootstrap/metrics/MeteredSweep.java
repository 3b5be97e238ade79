package dev.keysmith.bootstrap.metrics;

import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Inactivity sweeps: their duration ({@code keysmith_sweeps_seconds}, skipped ones tagged apart) and what each stage
 * did ({@code keysmith_sweep_keys_total{stage=warned|expired|grace_ended}}, {@code keysmith_sweep_emails_total}).
 */
public final class MeteredSweep implements RunExpirySweepUseCase {

    private final RunExpirySweepUseCase sweeps;
    private final MeterRegistry registry;

    public MeteredSweep(RunExpirySweepUseCase sweeps, MeterRegistry registry) {
        this.sweeps = sweeps;
        this.registry = registry;
        for (String stage : new String[] {"warned", "expired", "grace_ended"}) {
            registry.counter("keysmith.sweep.keys", "stage", stage); // shown at 0 before the first sweep
        }
        registry.counter("keysmith.sweep.emails");
    }

    @Override
    public SweepResult sweep(RunSweepCommand command) {
        Timer.Sample sample = Timer.start(registry);
        SweepResult result = sweeps.sweep(command);
        sample.stop(Timer.builder("keysmith.sweeps")
                .description("Inactivity sweeps; skipped=true when another instance held the sweep")
                .tag("skipped", String.valueOf(result.skipped()))
                .register(registry));
        registry.counter("keysmith.sweep.keys", "stage", "warned").increment(result.warningsSent());
        registry.counter("keysmith.sweep.keys", "stage", "expired").increment(result.keysExpired());
        registry.counter("keysmith.sweep.keys", "stage", "grace_ended").increment(result.gracePeriodsEnded());
        registry.counter("keysmith.sweep.emails").increment(result.emailsSent());
        return result;
    }
}
