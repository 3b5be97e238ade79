package dev.keysmith.application.outbox;

import java.time.Duration;

/**
 * How the outbox worker retries: a message gets {@code maxAttempts} attempts, waiting {@code backoffBase} after
 * the first failure and twice as long after each further one, never more than {@code backoffCap}; one round
 * sends at most {@code batchSize} messages.
 */
public record OutboxPolicy(int maxAttempts, Duration backoffBase, Duration backoffCap, int batchSize) {

    public OutboxPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a message gets at least one attempt, not " + maxAttempts);
        }
        if (backoffBase == null || backoffBase.isNegative() || backoffBase.isZero()) {
            throw new IllegalArgumentException("the outbox backoff base must be positive");
        }
        if (backoffCap == null || backoffCap.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("the outbox backoff cap must be at least the base " + backoffBase);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("an outbox round sends at least one message, not " + batchSize);
        }
    }

    /** The wait after the n-th failed attempt: base, 2 x base, 4 x base, ..., at most the cap. */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("no attempt failed yet");
        }
        Duration delay = backoffBase;
        for (int i = 1; i < failedAttempts && delay.compareTo(backoffCap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(backoffCap) < 0 ? delay : backoffCap;
    }
}
