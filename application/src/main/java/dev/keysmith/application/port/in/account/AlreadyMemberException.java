package dev.keysmith.application.port.in.account;

import dev.keysmith.domain.shared.ConflictException;

/** The person invited already belongs to the account. */
public final class AlreadyMemberException extends ConflictException {

    public AlreadyMemberException() {
        super("ALREADY_MEMBER", "this person is already a member of the account");
    }
}
