package dev.keysmith.adapters.rest.delivery;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The 6-digit code from the SMS. */
public record RevealRequest(@NotNull @Size(max = 20) String code) {

    @Override
    public String toString() {
        return "RevealRequest[code redacted]";
    }
}
