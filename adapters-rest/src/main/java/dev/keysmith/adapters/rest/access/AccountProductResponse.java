package dev.keysmith.adapters.rest.access;

import dev.keysmith.application.port.in.access.ListAccountProductsUseCase.ProductWithAccess;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A catalogue product as one account sees it: the product and where the account stands with it. */
public record AccountProductResponse(
        String code, String name, String keyPrefix, List<String> scopes, List<String> defaultScopes, Access access) {

    public static AccountProductResponse from(ProductWithAccess entry) {
        Product product = entry.product();
        return new AccountProductResponse(
                product.code().value(),
                product.name().value(),
                product.keyPrefix().value(),
                product.scopes().stream().map(Scope::value).toList(),
                product.defaultScopes().stream().map(Scope::value).toList(),
                Access.from(entry.access()));
    }

    public record Access(AccessState state, LocalDate intendedStartDate, String useCase, UUID requestId) {

        static Access from(ProductAccess access) {
            return new Access(access.state(), access.intendedStartDate(), access.useCase(), access.requestId());
        }
    }
}
