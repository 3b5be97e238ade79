package dev.keysmith.domain.shared;

import java.time.Instant;

/** A protection is engaged (a locked PIN); {@code until} is null when only a reset lifts it. */
public abstract class LockedException extends DomainException {

    private final Instant until;

    protected LockedException(String code, String message, Instant until) {
        super(code, message);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
