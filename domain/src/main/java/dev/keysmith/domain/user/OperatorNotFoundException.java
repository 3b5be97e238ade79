package dev.keysmith.domain.user;

import dev.keysmith.domain.shared.NotFoundException;

/** No operator with this user id. */
public final class OperatorNotFoundException extends NotFoundException {

    public OperatorNotFoundException() {
        super("OPERATOR_NOT_FOUND", "no operator with this id");
    }
}
