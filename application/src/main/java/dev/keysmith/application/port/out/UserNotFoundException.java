package dev.keysmith.application.port.out;

import dev.keysmith.domain.shared.NotFoundException;

/** The user named (or behind the token) does not exist. */
public final class UserNotFoundException extends NotFoundException {

    public UserNotFoundException() {
        super("USER_NOT_FOUND", "no such user");
    }
}
