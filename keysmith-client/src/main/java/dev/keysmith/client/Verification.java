package dev.keysmith.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Keysmith's answer. {@code code} is {@code VALID} or the reason for a refusal ({@code NOT_FOUND}, {@code REVOKED},
 * …); the key's details are present only for a valid key, {@code keyId} also for a revoked or expired one.
 */
public record Verification(
        boolean valid,
        String code,
        String keyId,
        String accountId,
        String product,
        List<String> scopes,
        String name,
        Instant expiresAt) {

    public Verification {
        scopes = scopes == null ? null : List.copyOf(scopes);
    }

    static Verification fromJson(String body) {
        if (!(Json.parse(body) instanceof Map<?, ?> answer) || !(answer.get("code") instanceof String code)) {
            throw new IllegalArgumentException("not a verification answer");
        }
        Object expiresAt = answer.get("expiresAt");
        return new Verification(
                Boolean.TRUE.equals(answer.get("valid")),
                code,
                text(answer.get("keyId")),
                text(answer.get("accountId")),
                text(answer.get("product")),
                answer.get("scopes") instanceof List<?> granted
                        ? granted.stream().map(String::valueOf).toList()
                        : null,
                text(answer.get("name")),
                expiresAt instanceof String instant ? Instant.parse(instant) : null);
    }

    private static String text(Object value) {
        return value instanceof String string ? string : null;
    }
}
