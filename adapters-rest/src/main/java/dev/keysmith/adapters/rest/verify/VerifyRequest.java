package dev.keysmith.adapters.rest.verify;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a product backend asks; the key travels only in this body, never in a URL. */
public record VerifyRequest(
        @NotNull @Size(max = 200) String key,
        @NotNull @Size(min = 2, max = 40) String product,
        @Size(max = 64) String clientIp,
        @Size(max = 50) List<@NotNull @Size(max = 40) String> scopes,
        @Size(max = 36) String accountId) {

    @Override
    public String toString() {
        return "VerifyRequest[" + product + ", key redacted]";
    }
}
