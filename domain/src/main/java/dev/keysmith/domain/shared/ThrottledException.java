package dev.keysmith.domain.shared;

import java.time.Duration;

/** Too many attempts: the caller may try again after {@code retryAfter}. */
public abstract class ThrottledException extends DomainException {

    private final Duration retryAfter;

    protected ThrottledException(String code, String message, Duration retryAfter) {
        super(code, message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
