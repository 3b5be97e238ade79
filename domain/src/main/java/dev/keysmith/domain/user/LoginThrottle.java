package dev.keysmith.domain.user;

import dev.keysmith.domain.shared.ThrottledException;
import java.time.Duration;
import java.time.Instant;

/**
 * One counter of wrong passwords in a row: after {@code freeAttempts} of them each further try waits a
 * delay that doubles from 30 seconds and is capped at 15 minutes; a right password resets it.
 */
public record LoginThrottle(int consecutiveFailures, Instant blockedUntil) {

    public static final int FREE_ATTEMPTS = 5;
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);

    public LoginThrottle {
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutiveFailures must not be negative");
        }
    }

    public static LoginThrottle fresh() {
        return new LoginThrottle(0, null);
    }

    public boolean isOpen(Instant now) {
        return blockedUntil == null || !now.isBefore(blockedUntil);
    }

    public void requireOpen(Instant now) {
        if (!isOpen(now)) {
            throw new LoginThrottledException(Duration.between(now, blockedUntil));
        }
    }

    public LoginThrottle afterFailure(Instant now) {
        return afterFailure(now, FREE_ATTEMPTS);
    }

    public LoginThrottle afterFailure(Instant now, int freeAttempts) {
        int failures = consecutiveFailures + 1;
        if (failures < freeAttempts) {
            return new LoginThrottle(failures, null);
        }
        long exponent = Math.min(failures - freeAttempts, 10);
        Duration delay = Duration.ofSeconds(30L << exponent);
        return new LoginThrottle(failures, now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay));
    }

    public LoginThrottle afterSuccess() {
        return fresh();
    }

    /** Too many wrong passwords; try again later. The same answer whether or not the email is registered. */
    public static final class LoginThrottledException extends ThrottledException {

        public LoginThrottledException(Duration retryAfter) {
            super(
                    "LOGIN_THROTTLED",
                    "too many failed sign-ins; try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds",
                    retryAfter);
        }
    }
}
