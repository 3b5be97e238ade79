package dev.keysmith.adapters.rest.user;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.user.ChangePasswordUseCase.ChangePasswordCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The current password proves who changes it; the new one follows the usual rules (12 to 128 characters). */
public record ChangePasswordRequest(
        @NotNull @Size(max = 128) String currentPassword,
        @NotNull @Size(min = 12, max = 128) String newPassword) {

    ChangePasswordCommand toCommand(Caller caller) {
        return new ChangePasswordCommand(caller, currentPassword, newPassword);
    }

    @Override
    public String toString() {
        return "ChangePasswordRequest[redacted]";
    }
}
