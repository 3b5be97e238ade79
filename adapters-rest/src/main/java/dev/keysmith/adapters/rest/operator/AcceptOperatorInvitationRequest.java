package dev.keysmith.adapters.rest.operator;

import dev.keysmith.application.port.in.operator.AcceptOperatorInvitationUseCase.AcceptOperatorInvitationCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** As for an account invitation: a new user chooses name, password and PIN; an existing one gives a password. */
public record AcceptOperatorInvitationRequest(
        @Size(max = 100) String displayName,
        @NotNull @Size(max = 128) String password,

        @Pattern(regexp = "[0-9]{6}", message = "must be exactly 6 digits")
        String pin) {

    AcceptOperatorInvitationCommand toCommand(String token, String clientIp) {
        return new AcceptOperatorInvitationCommand(token, displayName, password, pin, clientIp);
    }

    @Override
    public String toString() {
        return "AcceptOperatorInvitationRequest[" + displayName + ", redacted]";
    }
}
