package dev.keysmith.adapters.rest.product;

import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.Scope;
import java.util.List;

public record ProductResponse(
        String code, String name, String keyPrefix, List<String> scopes, List<String> defaultScopes) {

    public static ProductResponse from(Product product) {
        return new ProductResponse(
                product.code().value(),
                product.name().value(),
                product.keyPrefix().value(),
                product.scopes().stream().map(Scope::value).toList(),
                product.defaultScopes().stream().map(Scope::value).toList());
    }
}
