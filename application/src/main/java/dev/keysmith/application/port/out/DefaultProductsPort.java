package dev.keysmith.application.port.out;

import dev.keysmith.domain.product.ProductCode;
import java.time.Instant;

/**
 * Which products new accounts start with. Storage enables them for each account as it is created (in the same
 * transaction); existing accounts get one only through {@link #enableForAll}.
 */
public interface DefaultProductsPort {

    boolean enabledByDefault(ProductCode product);

    void setEnabledByDefault(ProductCode product, boolean enabled);

    /** Enables the product for every account that does not have it enabled; returns how many changed. */
    int enableForAll(ProductCode product, Instant now);
}
