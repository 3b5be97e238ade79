package dev.keysmith.adapters.rest.product;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.product.ChangeProductUseCase.ChangeProductCommand;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Fields left out (or null) keep their value; the key prefix never changes, since issued keys carry it. */
public record ChangeProductRequest(
        @Size(min = 1, max = 80) String name,
        @Size(min = 1, max = 50) List<@NotNull @Size(max = 40) String> scopes,
        @Size(max = 50) List<@NotNull @Size(max = 40) String> defaultScopes) {

    ChangeProductCommand toCommand(Caller caller, ProductCode code) {
        return new ChangeProductCommand(
                caller,
                code,
                name == null ? null : new ProductName(name),
                ScopeNames.toScopes(scopes),
                ScopeNames.toScopes(defaultScopes));
    }
}
