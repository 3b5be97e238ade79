package dev.keysmith.adapters.rest.user;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.user.SetPinUseCase.SetPinCommand;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The password proves who sets the PIN; the domain also refuses PINs that are easy to guess. */
public record SetPinRequest(
        @NotNull @Size(max = 128) String password,

        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be exactly 6 digits")
        String newPin) {

    SetPinCommand toCommand(Caller caller) {
        return new SetPinCommand(caller, password, newPin);
    }

    @Override
    public String toString() {
        return "SetPinRequest[redacted]";
    }
}
