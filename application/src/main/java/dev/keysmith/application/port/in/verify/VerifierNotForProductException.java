package dev.keysmith.application.port.in.verify;

import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.PermissionDeniedException;

/** The verifier client was not created for the product it asks about. */
public final class VerifierNotForProductException extends PermissionDeniedException {

    public VerifierNotForProductException(ProductCode product) {
        super("VERIFIER_NOT_FOR_PRODUCT", "this verifier client may not verify keys of product " + product);
    }
}
