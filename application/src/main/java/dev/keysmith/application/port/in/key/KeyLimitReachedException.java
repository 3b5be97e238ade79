package dev.keysmith.application.port.in.key;

import dev.keysmith.domain.shared.ConflictException;

/** The account already holds the most keys allowed for this product. */
public final class KeyLimitReachedException extends ConflictException {

    public KeyLimitReachedException(int limit) {
        super(
                "KEY_LIMIT_REACHED",
                "an account may hold at most " + limit + " active or disabled keys per product; revoke one first");
    }
}
