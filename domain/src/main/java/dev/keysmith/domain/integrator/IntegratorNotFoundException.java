package dev.keysmith.domain.integrator;

import dev.keysmith.domain.shared.NotFoundException;

/** No such integrator, or not one of the caller's accounts (the two answer alike). */
public final class IntegratorNotFoundException extends NotFoundException {

    public IntegratorNotFoundException(IntegratorId id) {
        super("INTEGRATOR_NOT_FOUND", "integrator " + id + " not found");
    }
}
