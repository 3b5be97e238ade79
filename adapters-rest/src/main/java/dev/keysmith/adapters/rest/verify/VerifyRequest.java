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

    /** Whether every constraint above holds, checked by hand: the common case, without a validator. */
    boolean withinLimits() {
        return key != null
                && key.length() <= 200
                && product != null
                && product.length() >= 2
                && product.length() <= 40
                && (clientIp == null || clientIp.length() <= 64)
                && (accountId == null || accountId.length() <= 36)
                && (scopes == null || scopesWithinLimits());
    }

    private boolean scopesWithinLimits() {
        if (scopes.size() > 50) {
            return false;
        }
        for (String scope : scopes) {
            if (scope == null || scope.length() > 40) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "VerifyRequest[" + product + ", key redacted]";
    }
}
