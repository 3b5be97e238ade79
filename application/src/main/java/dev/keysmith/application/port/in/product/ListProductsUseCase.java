package dev.keysmith.application.port.in.product;

import dev.keysmith.domain.product.Product;
import java.util.List;

public interface ListProductsUseCase {

    List<Product> listProducts();
}
