package dev.keysmith.application.port.in.account;

import dev.keysmith.domain.account.Membership;

/**
 * The invitee accepts with a display name, password and PIN. Someone who already has a user (a member of
 * another account) proves it with their existing password instead of choosing new secrets.
 */
public interface AcceptInvitationUseCase {

    Membership accept(AcceptInvitationCommand command);

    record AcceptInvitationCommand(String token, String displayName, String password, String pin, String clientIp) {

        @Override
        public String toString() {
            return "AcceptInvitationCommand[redacted]";
        }
    }
}
