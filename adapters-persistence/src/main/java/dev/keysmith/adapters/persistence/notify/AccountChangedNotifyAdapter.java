package dev.keysmith.adapters.persistence.notify;

import dev.keysmith.adapters.persistence.verify.ChangeChannel;
import dev.keysmith.application.port.out.AccountChangedPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.ProductCode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Announces account and product-access changes on the {@link ChangeChannel}: other instances hear of them only
 * once the transaction commits, this one drops what it cached as the transaction ends.
 * Payloads: {@code account:<accountId>}, {@code access:<accountId>:<productCode>} and {@code product:<productCode>}.
 */
@ApplicationScoped
public class AccountChangedNotifyAdapter implements AccountChangedPort {

    public static final String CHANNEL = ChangeChannel.CHANNEL;
    public static final String ACCOUNT_PREFIX = "account:";
    public static final String ACCESS_PREFIX = "access:";
    public static final String PRODUCT_PREFIX = "product:";

    private final ChangeChannel changes;

    AccountChangedNotifyAdapter(ChangeChannel changes) {
        this.changes = changes;
    }

    @Override
    public void accountChanged(AccountId account) {
        changes.announce(ACCOUNT_PREFIX + account.value());
    }

    @Override
    public void productAccessChanged(AccountId account, ProductCode product) {
        changes.announce(ACCESS_PREFIX + account.value() + ":" + product.value());
    }

    @Override
    public void productChanged(ProductCode product) {
        changes.announce(PRODUCT_PREFIX + product.value());
    }
}
