package dev.keysmith.application.port.in.operator;

import dev.keysmith.domain.user.User;

/**
 * The invitee becomes an operator by choosing a display name, password and PIN; someone who already has a
 * user proves it with their existing password instead.
 */
public interface AcceptOperatorInvitationUseCase {

    User acceptOperatorInvitation(AcceptOperatorInvitationCommand command);

    record AcceptOperatorInvitationCommand(
            String token, String displayName, String password, String pin, String clientIp) {

        @Override
        public String toString() {
            return "AcceptOperatorInvitationCommand[redacted]";
        }
    }
}
