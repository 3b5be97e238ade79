package dev.keysmith.application.port.out;

import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.NotFoundException;

public final class ProductNotFoundException extends NotFoundException {

    public ProductNotFoundException(ProductCode code) {
        super("PRODUCT_NOT_FOUND", "no product with code '" + code + "'");
    }
}
