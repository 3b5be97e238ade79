package dev.keysmith.application.port.in.operator;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.OperatorInvitation;

/** An operator invites a further operator by email with a one-time token (also sent by email). */
public interface InviteOperatorUseCase {

    IssuedOperatorInvitation inviteOperator(InviteOperatorCommand command);

    record InviteOperatorCommand(Caller caller, Email email) {}

    /** The invitation and its token, shown to the inviter once. */
    record IssuedOperatorInvitation(OperatorInvitation invitation, String token) {

        @Override
        public String toString() {
            return "IssuedOperatorInvitation[" + invitation.id() + ", token redacted]";
        }
    }
}
