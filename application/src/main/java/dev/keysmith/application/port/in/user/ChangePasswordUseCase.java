package dev.keysmith.application.port.in.user;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;

/**
 * Changes one's own password, proving identity with the current one (throttled like sign-in). Every token
 * issued before ends, the one used for the call included; the answer carries a fresh token instead.
 */
public interface ChangePasswordUseCase {

    AccessToken changePassword(ChangePasswordCommand command);

    record ChangePasswordCommand(Caller caller, String currentPassword, String newPassword) {

        @Override
        public String toString() {
            return "ChangePasswordCommand[redacted]";
        }
    }
}
