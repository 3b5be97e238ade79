package dev.keysmith.domain.user;

import dev.keysmith.domain.shared.ThrottledException;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows password guessing per user: from the 5th wrong password in a row each further try waits a growing
 * delay, capped at 15 minutes so an attacker can delay but never lock the real owner out for good.
 */
public record LoginThrottle(int consecutiveFailures, Instant blockedUntil) {

    public static final int FREE_ATTEMPTS = 5;
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);

    public static LoginThrottle fresh() {
        return new LoginThrottle(0, null);
    }

    public void requireOpen(Instant now) {
        if (blockedUntil != null && now.isBefore(blockedUntil)) {
            throw new LoginThrottledException(Duration.between(now, blockedUntil));
        }
    }

    public LoginThrottle afterFailure(Instant now) {
        int failures = consecutiveFailures + 1;
        if (failures < FREE_ATTEMPTS) {
            return new LoginThrottle(failures, null);
        }
        long exponent = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration delay = Duration.ofSeconds(30L << exponent);
        return new LoginThrottle(failures, now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay));
    }

    public LoginThrottle afterSuccess() {
        return fresh();
    }

    /** Too many wrong passwords for this user; try again later. */
    public static final class LoginThrottledException extends ThrottledException {

        public LoginThrottledException(Duration retryAfter) {
            super("LOGIN_THROTTLED", "too many failed sign-ins; try again in " + Math.max(1, retryAfter.toSeconds())
                    + " seconds", retryAfter);
        }
    }
}
