package dev.keysmith.adapters.rest.key;

import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.product.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A key as lists and details show it: the hint, never the secret or its hash. */
public record KeyResponse(
        String id,
        String accountId,
        String product,
        String name,
        List<String> scopes,
        List<String> ipAllowlist,
        Instant expiresAt,
        String status,
        String hint,
        String createdBy,
        Instant createdAt,
        Instant lastUsedAt,
        String replacedBy,
        Instant graceUntil,
        Instant revokedAt,
        Instant expiredAt) {

    public static KeyResponse from(ApiKey key) {
        return new KeyResponse(
                key.id().toString(),
                key.accountId().toString(),
                key.product().value(),
                key.name().value(),
                key.scopes().stream().map(Scope::value).toList(),
                key.ipAllowlist(),
                key.expiresAt(),
                key.status().name(),
                key.hint().value(),
                text(key.createdBy()),
                key.createdAt(),
                key.lastUsedAt(),
                text(key.replacedBy()),
                key.graceUntil(),
                key.revokedAt(),
                key.expiredAt());
    }

    private static String text(Object id) {
        return Objects.toString(id, null);
    }
}
