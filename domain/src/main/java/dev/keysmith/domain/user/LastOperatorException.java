package dev.keysmith.domain.user;

import dev.keysmith.domain.shared.ConflictException;

/** The platform always keeps at least one active operator. */
public final class LastOperatorException extends ConflictException {

    public LastOperatorException() {
        super("LAST_OPERATOR", "the platform must keep at least one active operator");
    }
}
