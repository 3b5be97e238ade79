package dev.keysmith.application.port.in.product;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.Require;
import java.util.Set;

/** An operator adds a product to the catalogue. */
public interface DefineProductUseCase {

    Product defineProduct(DefineProductCommand command);

    /** {@code defaultScopes} may be null: then every scope is a default. */
    record DefineProductCommand(
            Caller caller,
            ProductCode code,
            ProductName name,
            KeyPrefix keyPrefix,
            Set<Scope> scopes,
            Set<Scope> defaultScopes) {

        public DefineProductCommand {
            Require.present(caller, "caller");
            Require.present(code, "code");
            Require.present(name, "name");
            Require.present(keyPrefix, "keyPrefix");
            Require.present(scopes, "scopes");
        }
    }
}
