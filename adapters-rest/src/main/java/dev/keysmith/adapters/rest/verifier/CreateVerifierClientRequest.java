package dev.keysmith.adapters.rest.verifier;

import dev.keysmith.domain.product.ProductCode;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A product backend to issue credentials to, and the products it may verify keys for. */
public record CreateVerifierClientRequest(
        @NotNull @Size(max = 100) String name,
        @NotEmpty @Size(max = 50) List<@NotNull @Size(max = 40) String> products) {

    Set<ProductCode> productCodes() {
        return products.stream().map(ProductCode::new).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
