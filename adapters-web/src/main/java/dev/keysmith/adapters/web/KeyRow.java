package dev.keysmith.adapters.web;

import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.InactivityPolicy;
import dev.keysmith.domain.product.Scope;
import io.quarkus.qute.TemplateData;
import java.util.stream.Collectors;

/** One key as a row of the keys page: its hint, never its secret. */
@TemplateData
public record KeyRow(
        String id,
        String name,
        String hint,
        String status,
        String scopes,
        String ips,
        String created,
        String createdBy,
        String lastUsed,
        String expiresUnlessUsed,
        String expiresAt,
        boolean live,
        boolean active,
        String apiUserId,
        String apiUser) {

    /** {@code apiUser}: the API user the key was made for, or null for a key of the account's admins. */
    static KeyRow of(ApiKey key, InactivityPolicy inactivity, String createdBy, Integrator apiUser) {
        boolean live = key.status().isLive();
        return new KeyRow(
                key.id().toString(),
                key.name().value(),
                key.hint().value(),
                key.status().name(),
                key.scopes().stream().map(Scope::value).collect(Collectors.joining(", ")),
                key.ipAllowlist().isEmpty() ? "any address" : String.join(", ", key.ipAllowlist()),
                Moments.of(key.createdAt()),
                createdBy,
                key.lastUsedAt() == null ? "never" : Moments.of(key.lastUsedAt()),
                live ? Moments.day(inactivity.deadline(key)) : null,
                Moments.day(key.expiresAt()),
                live,
                key.status() == dev.keysmith.domain.key.KeyStatus.ACTIVE,
                apiUser == null ? null : apiUser.id().toString(),
                apiUser == null ? null : apiUser.name());
    }
}
