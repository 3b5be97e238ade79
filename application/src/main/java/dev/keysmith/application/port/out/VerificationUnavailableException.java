package dev.keysmith.application.port.out;

import dev.keysmith.domain.shared.DomainException;

/** A key not in the cache could not be looked up because the database is unreachable (503). */
public final class VerificationUnavailableException extends DomainException {

    public VerificationUnavailableException(Throwable cause) {
        super("DATABASE_UNAVAILABLE", "keys cannot be verified right now; retry shortly", cause);
    }
}
