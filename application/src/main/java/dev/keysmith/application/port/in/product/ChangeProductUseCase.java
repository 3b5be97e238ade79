package dev.keysmith.application.port.in.product;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.Require;
import java.util.Set;

/** An operator renames a product or changes its scopes; null fields stay as they are. */
public interface ChangeProductUseCase {

    Product changeProduct(ChangeProductCommand command);

    record ChangeProductCommand(
            Caller caller, ProductCode code, ProductName name, Set<Scope> scopes, Set<Scope> defaultScopes) {

        public ChangeProductCommand {
            Require.present(caller, "caller");
            Require.present(code, "code");
        }
    }
}
