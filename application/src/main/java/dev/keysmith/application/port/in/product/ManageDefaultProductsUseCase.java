package dev.keysmith.application.port.in.product;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.Require;

/**
 * Operators choose the products new accounts start with, and may enable one for every existing account at once.
 */
public interface ManageDefaultProductsUseCase {

    boolean enabledByDefault(GetEnabledByDefaultQuery query);

    boolean setEnabledByDefault(SetEnabledByDefaultCommand command);

    /** Returns how many accounts had the product enabled by this. */
    int enableForAll(EnableForAllCommand command);

    record GetEnabledByDefaultQuery(Caller caller, ProductCode product) {}

    record SetEnabledByDefaultCommand(Caller caller, ProductCode product, boolean enabled) {

        public SetEnabledByDefaultCommand {
            Require.present(product, "product");
        }
    }

    record EnableForAllCommand(Caller caller, ProductCode product) {

        public EnableForAllCommand {
            Require.present(product, "product");
        }
    }
}
