package dev.keysmith.adapters.rest.verify;

import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase.Verification;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.product.Scope;
import java.time.Instant;
import java.util.List;

/**
 * The answer: for anything but VALID only {@code valid} and {@code code} (and {@code keyId} of a REVOKED or
 * EXPIRED key), so nothing leaks about the owner.
 */
public record VerifyResponse(
        boolean valid,
        String code,
        String keyId,
        String accountId,
        String product,
        List<String> scopes,
        String name,
        Instant expiresAt) {

    public static VerifyResponse from(Verification verification) {
        ApiKey key = verification.key();
        String keyId =
                verification.keyId() == null ? null : verification.keyId().toString();
        if (!verification.valid() || key == null) {
            return new VerifyResponse(false, verification.code().name(), keyId, null, null, null, null, null);
        }
        return new VerifyResponse(
                true,
                verification.code().name(),
                keyId,
                key.accountId().toString(),
                key.product().value(),
                verification.scopes().stream().map(Scope::value).toList(),
                key.name().value(),
                key.expiresAt());
    }
}
