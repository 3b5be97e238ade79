package dev.keysmith.adapters.rest.integrator;

import dev.keysmith.domain.integrator.Integrator;
import java.time.Instant;
import java.util.UUID;

/** An integrator as the API shows it. */
public record IntegratorResponse(
        UUID id,
        UUID accountId,
        String name,
        String email,
        String phone,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {

    public static IntegratorResponse from(Integrator integrator) {
        return new IntegratorResponse(
                integrator.id().value(),
                integrator.accountId().value(),
                integrator.name(),
                integrator.email().value(),
                integrator.phone().value(),
                integrator.active(),
                integrator.createdAt(),
                integrator.updatedAt());
    }
}
