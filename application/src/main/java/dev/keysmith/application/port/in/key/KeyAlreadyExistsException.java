package dev.keysmith.application.port.in.key;

import dev.keysmith.domain.shared.ConflictException;

/** An imported key is already stored (imported before, or the same as another key): it cannot be imported. */
public final class KeyAlreadyExistsException extends ConflictException {

    public KeyAlreadyExistsException() {
        super("KEY_ALREADY_EXISTS", "this key is already stored in Keysmith; it cannot be imported again");
    }
}
