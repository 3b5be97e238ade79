package dev.keysmith.application.port.in.key;

import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.ConflictException;

/** Keys can be generated only for products enabled for the account. */
public final class ProductNotEnabledException extends ConflictException {

    public ProductNotEnabledException(ProductCode product) {
        super("PRODUCT_NOT_ENABLED", "product " + product + " is not enabled for this account; request access first");
    }
}
