package dev.keysmith.application.port.out;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.ProductCode;

/**
 * Tells every instance that something a verification depends on changed (account status, product
 * access), so caches drop it; sent when the surrounding transaction commits.
 */
public interface AccountChangedPort {

    void accountChanged(AccountId account);

    void productAccessChanged(AccountId account, ProductCode product);
}
