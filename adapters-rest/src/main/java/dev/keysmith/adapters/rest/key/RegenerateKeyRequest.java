package dev.keysmith.adapters.rest.key;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;

/** Without a grace period the old key dies at once; with one (up to 24 h) it keeps verifying until then. */
public record RegenerateKeyRequest(
        @NotNull @Pattern(regexp = "[0-9]{6}") String pin,
        @Min(0) @Max(86400) Integer gracePeriodSeconds) {

    Duration gracePeriod() {
        return gracePeriodSeconds == null ? null : Duration.ofSeconds(gracePeriodSeconds);
    }

    @Override
    public String toString() {
        return "RegenerateKeyRequest[gracePeriodSeconds=" + gracePeriodSeconds + ", pin redacted]";
    }
}
