package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.access.ListAccountProductsUseCase.ProductWithAccess;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.access.ProductAccess;
import io.quarkus.qute.TemplateData;
import java.util.Map;

/** One product of the catalogue as a row of an account's products page, with the account's access to it. */
@TemplateData
public record ProductAccessRow(
        String code,
        String name,
        String state,
        String stateWords,
        String intendedStart,
        String useCase,
        String requestedAt,
        boolean requestable) {

    private static final Map<AccessState, String> WORDS = Map.of(
            AccessState.NOT_REQUESTED, "Not requested",
            AccessState.REQUESTED, "Requested: waiting for an operator",
            AccessState.ENABLED, "Enabled: keys can be generated",
            AccessState.DENIED, "Denied",
            AccessState.DISABLED, "Disabled by an operator");

    static ProductAccessRow of(ProductWithAccess product) {
        ProductAccess access = product.access();
        boolean requestable = access.state() != AccessState.REQUESTED && access.state() != AccessState.ENABLED;
        return new ProductAccessRow(
                product.product().code().value(),
                product.product().name().value(),
                access.state().name(),
                WORDS.get(access.state()),
                Moments.day(access.intendedStartDate()),
                access.useCase(),
                Moments.of(access.requestedAt()),
                requestable);
    }
}
