package dev.keysmith.application.port.out;

import dev.keysmith.domain.shared.ConflictException;

/** Another user already has this email. */
public final class EmailTakenException extends ConflictException {

    public EmailTakenException() {
        super("EMAIL_TAKEN", "a user with this email already exists");
    }
}
