package dev.keysmith.adapters.rest.slice;

import dev.keysmith.application.port.in.product.ChangeProductUseCase;
import dev.keysmith.application.port.in.product.DefineProductUseCase;
import dev.keysmith.application.port.in.product.GetProductUseCase;
import dev.keysmith.application.port.in.product.ListProductsUseCase;
import dev.keysmith.domain.product.Product;
import jakarta.inject.Singleton;
import java.util.List;

/** Satisfies the product resource's dependencies; bootstrap's product tests cover that slice. */
@Singleton
public class UnusedProductCatalogue
        implements ListProductsUseCase, GetProductUseCase, DefineProductUseCase, ChangeProductUseCase {

    @Override
    public List<Product> listProducts(ListProductsQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Product getProduct(GetProductQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Product defineProduct(DefineProductCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Product changeProduct(ChangeProductCommand command) {
        throw new UnsupportedOperationException();
    }
}
