package dev.keysmith.application.port.in.operator;

import dev.keysmith.domain.shared.ConflictException;

/** The person invited is already an active operator. */
public final class AlreadyOperatorException extends ConflictException {

    public AlreadyOperatorException() {
        super("ALREADY_OPERATOR", "this person is already an active operator");
    }
}
