package dev.keysmith.adapters.web;

import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.Scope;
import io.quarkus.qute.TemplateData;
import java.util.stream.Collectors;

/** One product of the catalogue as the operators' pages show it. */
@TemplateData
public record OperatorProductRow(String code, String name, String keyPrefix, String scopes, String defaultScopes) {

    static OperatorProductRow of(Product product) {
        return new OperatorProductRow(
                product.code().value(),
                product.name().value(),
                product.keyPrefix().value(),
                product.scopes().stream().map(Scope::value).collect(Collectors.joining(" ")),
                product.defaultScopes().stream().map(Scope::value).collect(Collectors.joining(" ")));
    }
}
