package dev.keysmith.application.port.out;

import dev.keysmith.domain.product.Product;

public interface SaveProductPort {

    /** Stores a new product; throws {@code ProductAlreadyExistsException} if the code or key prefix is taken. */
    void insertProduct(Product product);

    void updateProduct(Product product);
}
