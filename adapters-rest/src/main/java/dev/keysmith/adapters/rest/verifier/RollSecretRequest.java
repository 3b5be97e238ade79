package dev.keysmith.adapters.rest.verifier;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Replacing a secret needs the operator's PIN. */
public record RollSecretRequest(
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be exactly 6 digits")
        String pin) {

    @Override
    public String toString() {
        return "RollSecretRequest[redacted]";
    }
}
