package dev.keysmith.domain.user;

import java.time.Duration;
import java.time.Instant;

/**
 * The lockout state of one user's PIN: 5 wrong in a row lock it for 15 minutes, 10 wrong in a row
 * disable it until it is reset with the password; a right PIN clears the count.
 */
public record PinGuard(int consecutiveFailures, Instant lockedUntil, boolean disabled) {

    public static final int LOCK_AFTER = 5;
    public static final int DISABLE_AFTER = 10;
    public static final Duration LOCK_FOR = Duration.ofMinutes(15);

    public static PinGuard fresh() {
        return new PinGuard(0, null, false);
    }

    /** Throws if the PIN may not be tried now. */
    public void requireOpen(Instant now) {
        if (disabled) {
            throw new PinLockedException(null);
        }
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            throw new PinLockedException(lockedUntil);
        }
    }

    public PinGuard afterFailure(Instant now) {
        int failures = consecutiveFailures + 1;
        if (failures >= DISABLE_AFTER) {
            return new PinGuard(failures, null, true);
        }
        if (failures % LOCK_AFTER == 0) {
            return new PinGuard(failures, now.plus(LOCK_FOR), false);
        }
        return new PinGuard(failures, lockedUntil, false);
    }

    public PinGuard afterSuccess() {
        return fresh();
    }

    public boolean justLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil) && consecutiveFailures % LOCK_AFTER == 0;
    }

    public int attemptsBeforeLock() {
        return LOCK_AFTER - (consecutiveFailures % LOCK_AFTER);
    }
}
