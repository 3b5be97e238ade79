package dev.keysmith.adapters.web;

import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.InactivityPolicy;
import io.quarkus.qute.TemplateData;
import java.util.Objects;

/** One key as its own page shows it: the row of the keys page, and what became of it. */
@TemplateData
public record KeyDetail(
        KeyRow row,
        String product,
        String productName,
        String replacedBy,
        String graceUntil,
        String revokedAt,
        String expiredAt) {

    /** {@code apiUser}: the API user the key was made for, or null. */
    static KeyDetail of(
            ApiKey key, String productName, InactivityPolicy inactivity, String createdBy, Integrator apiUser) {
        return new KeyDetail(
                KeyRow.of(key, inactivity, createdBy, apiUser),
                key.product().value(),
                productName,
                Objects.toString(key.replacedBy(), null),
                Moments.of(key.graceUntil()),
                Moments.of(key.revokedAt()),
                Moments.of(key.expiredAt()));
    }

    public boolean replaced() {
        return replacedBy != null;
    }
}
