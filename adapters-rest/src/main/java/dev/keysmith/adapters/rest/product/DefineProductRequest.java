package dev.keysmith.adapters.rest.product;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.product.DefineProductUseCase.DefineProductCommand;
import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record DefineProductRequest(
        @NotBlank @Size(max = 40) String code,
        @NotBlank @Size(max = 80) String name,
        @NotBlank @Size(max = 8) String keyPrefix,
        @NotEmpty @Size(max = 50) List<@NotNull @Size(max = 40) String> scopes,
        @Size(max = 50) List<@NotNull @Size(max = 40) String> defaultScopes) {

    DefineProductCommand toCommand(Caller caller) {
        return new DefineProductCommand(
                caller,
                new ProductCode(code),
                new ProductName(name),
                new KeyPrefix(keyPrefix),
                ScopeNames.toScopes(scopes),
                ScopeNames.toScopes(defaultScopes));
    }
}
