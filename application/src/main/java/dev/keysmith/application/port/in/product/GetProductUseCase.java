package dev.keysmith.application.port.in.product;

import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;

public interface GetProductUseCase {

    /** @throws dev.keysmith.application.port.out.ProductNotFoundException if there is no such product */
    Product getProduct(ProductCode code);
}
