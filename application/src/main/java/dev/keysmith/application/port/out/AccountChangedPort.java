package dev.keysmith.application.port.out;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.ProductCode;

/**
 * Tells every instance that something a verification depends on changed (account status, product
 * access, the product's scopes), so caches drop it; sent when the surrounding transaction commits.
 */
public interface AccountChangedPort {

    void accountChanged(AccountId account);

    void productAccessChanged(AccountId account, ProductCode product);

    /** A product's catalogue entry changed: its scopes decide what its keys grant. */
    void productChanged(ProductCode product);
}
