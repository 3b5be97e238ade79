package dev.keysmith.application.port.in.product;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.Require;

/** Anyone signed in reads one product of the catalogue. */
public interface GetProductUseCase {

    /** @throws dev.keysmith.application.port.out.ProductNotFoundException if there is no such product */
    Product getProduct(GetProductQuery query);

    record GetProductQuery(Caller caller, ProductCode code) {

        public GetProductQuery {
            Require.present(caller, "caller");
            Require.present(code, "code");
        }
    }
}
