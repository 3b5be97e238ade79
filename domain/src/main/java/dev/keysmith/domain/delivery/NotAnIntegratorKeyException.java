package dev.keysmith.domain.delivery;

import dev.keysmith.domain.shared.ConflictException;

/** Only keys made for an integrator are delivered. */
public final class NotAnIntegratorKeyException extends ConflictException {

    public NotAnIntegratorKeyException() {
        super("NOT_AN_INTEGRATOR_KEY", "this key was not made for an integrator, so it has no delivery");
    }
}
