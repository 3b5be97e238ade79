package dev.keysmith.adapters.rest.access;

import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.access.ProductAccess;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One account's access to one product, with the request that led to it if there was one. */
public record ProductAccessResponse(
        UUID accountId,
        String product,
        AccessState state,
        UUID requestId,
        LocalDate intendedStartDate,
        String useCase,
        Instant requestedAt,
        Instant decidedAt) {

    public static ProductAccessResponse from(ProductAccess access) {
        return new ProductAccessResponse(
                access.accountId().value(),
                access.product().value(),
                access.state(),
                access.requestId(),
                access.intendedStartDate(),
                access.useCase(),
                access.requestedAt(),
                access.decidedAt());
    }
}
