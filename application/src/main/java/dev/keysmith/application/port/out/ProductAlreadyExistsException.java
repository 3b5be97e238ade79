package dev.keysmith.application.port.out;

import dev.keysmith.domain.shared.ConflictException;

/** The code or the key prefix of a new product is already used by another product. */
public final class ProductAlreadyExistsException extends ConflictException {

    public ProductAlreadyExistsException(String what) {
        super("PRODUCT_ALREADY_EXISTS", what + " is already used by another product");
    }
}
