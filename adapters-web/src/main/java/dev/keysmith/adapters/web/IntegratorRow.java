package dev.keysmith.adapters.web;

import dev.keysmith.domain.integrator.Integrator;
import io.quarkus.qute.TemplateData;

/** One API user as a row of the API users page, and as a key's owner. */
@TemplateData
public record IntegratorRow(String id, String name, String email, String phone, boolean active, String created) {

    static IntegratorRow of(Integrator integrator) {
        return new IntegratorRow(
                integrator.id().toString(),
                integrator.name(),
                integrator.email().value(),
                integrator.phone().value(),
                integrator.active(),
                Moments.of(integrator.createdAt()));
    }
}
