package dev.keysmith.application.port.in.product;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.shared.Require;
import java.util.List;

/** Anyone signed in (people, operators, verifier clients) reads the whole catalogue. */
public interface ListProductsUseCase {

    List<Product> listProducts(ListProductsQuery query);

    record ListProductsQuery(Caller caller) {

        public ListProductsQuery {
            Require.present(caller, "caller");
        }
    }
}
