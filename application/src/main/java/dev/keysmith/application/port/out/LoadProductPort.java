package dev.keysmith.application.port.out;

import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import java.util.List;
import java.util.Optional;

public interface LoadProductPort {

    Optional<Product> loadProduct(ProductCode code);

    /** The whole catalogue, ordered by code; it is small (tens of entries), so it is never paged. */
    List<Product> loadAllProducts();
}
