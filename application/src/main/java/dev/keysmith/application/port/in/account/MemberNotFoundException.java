package dev.keysmith.application.port.in.account;

import dev.keysmith.domain.shared.NotFoundException;

/** The user is not a member of this account. */
public final class MemberNotFoundException extends NotFoundException {

    public MemberNotFoundException() {
        super("MEMBER_NOT_FOUND", "no such member in this account");
    }
}
