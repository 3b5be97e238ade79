package dev.keysmith.adapters.rest.account;

import dev.keysmith.application.port.in.account.AcceptInvitationUseCase.AcceptInvitationCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new user chooses a display name, password and PIN; someone who already has a user gives only their
 * existing password, so the name and PIN are optional here and required by the service when needed.
 */
public record AcceptInvitationRequest(
        @Size(max = 100) String displayName,
        @NotNull @Size(max = 128) String password,

        @Pattern(regexp = "[0-9]{6}", message = "must be exactly 6 digits")
        String pin) {

    AcceptInvitationCommand toCommand(String token, String clientIp) {
        return new AcceptInvitationCommand(token, displayName, password, pin, clientIp);
    }

    @Override
    public String toString() {
        return "AcceptInvitationRequest[" + displayName + ", redacted]";
    }
}
