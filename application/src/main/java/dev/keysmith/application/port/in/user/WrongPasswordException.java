package dev.keysmith.application.port.in.user;

import dev.keysmith.domain.shared.PermissionDeniedException;

/** A signed-in person gave a wrong password to confirm a change to their own secrets. */
public final class WrongPasswordException extends PermissionDeniedException {

    public WrongPasswordException() {
        super("WRONG_PASSWORD", "the password is not correct");
    }
}
