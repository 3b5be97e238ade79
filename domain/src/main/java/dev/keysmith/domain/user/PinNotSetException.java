package dev.keysmith.domain.user;

import dev.keysmith.domain.shared.ConflictException;

/** An action needs a PIN but the caller has none yet. */
public final class PinNotSetException extends ConflictException {

    public PinNotSetException() {
        super("PIN_NOT_SET", "set a PIN first (PUT /v1/me/pin)");
    }
}
