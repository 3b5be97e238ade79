package dev.keysmith.application.port.in.expiry;

import dev.keysmith.application.port.in.Caller;
import java.util.Objects;

/**
 * Sweeps keys for inactivity: warns each due stage once per key and inactivity window, expires keys idle past
 * the window, settles ended grace periods and expiry dates, and queues the warning emails. Run by the
 * scheduler as the system, or by an operator on demand.
 */
public interface RunExpirySweepUseCase {

    /** Runs one sweep now, or skips it when another sweep (on any instance) is running. */
    SweepResult sweep(RunSweepCommand command);

    /** Who asks for the sweep: the system's scheduler, or an operator. */
    record RunSweepCommand(Caller caller) {

        public RunSweepCommand {
            Objects.requireNonNull(caller, "caller");
        }
    }

    /**
     * What one sweep did; {@code skipped} when another sweep held the lock and this one did nothing.
     * {@code keysExpired} counts inactivity and absolute expiry dates; {@code gracePeriodsEnded} counts
     * regenerated keys revoked at the end of their grace period; {@code emailsSent} counts warning emails handed
     * to the outbox, which sends them.
     */
    record SweepResult(boolean skipped, int warningsSent, int keysExpired, int gracePeriodsEnded, int emailsSent) {

        public static SweepResult skippedSweep() {
            return new SweepResult(true, 0, 0, 0, 0);
        }
    }
}
