package dev.keysmith.adapters.rest.key;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record RevokeKeyRequest(
        @NotNull @Pattern(regexp = "[0-9]{6}") String pin) {

    @Override
    public String toString() {
        return "RevokeKeyRequest[pin redacted]";
    }
}
