package dev.keysmith.application.port.in.account;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Invitation;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.Email;

/** A SUPERADMIN invites someone by email; the one-time token is returned once and emailed. */
public interface InviteMemberUseCase {

    IssuedInvitation invite(InviteMemberCommand command);

    record InviteMemberCommand(Caller caller, AccountId account, Email email, Role role) {}

    /** The invitation and its token, which exists nowhere else once this response is gone. */
    record IssuedInvitation(Invitation invitation, String token) {

        @Override
        public String toString() {
            return "IssuedInvitation[" + invitation.id() + ", redacted]";
        }
    }
}
