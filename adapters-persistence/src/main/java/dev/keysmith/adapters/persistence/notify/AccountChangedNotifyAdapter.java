package dev.keysmith.adapters.persistence.notify;

import dev.keysmith.application.port.out.AccountChangedPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.ProductCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Announces changes on the PostgreSQL channel {@value #CHANNEL}. The NOTIFY joins the caller's transaction,
 * and PostgreSQL delivers it only when that commits, so no instance hears of a change that rolled back.
 * Payloads: {@code account:<accountId>}, {@code access:<accountId>:<productCode>} and {@code product:<productCode>}.
 */
@ApplicationScoped
public class AccountChangedNotifyAdapter implements AccountChangedPort {

    public static final String CHANNEL = "keysmith_changes";
    public static final String ACCOUNT_PREFIX = "account:";
    public static final String ACCESS_PREFIX = "access:";
    public static final String PRODUCT_PREFIX = "product:";

    private final EntityManager em;

    AccountChangedNotifyAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void accountChanged(AccountId account) {
        notify(ACCOUNT_PREFIX + account.value());
    }

    @Override
    public void productAccessChanged(AccountId account, ProductCode product) {
        notify(ACCESS_PREFIX + account.value() + ":" + product.value());
    }

    @Override
    public void productChanged(ProductCode product) {
        notify(PRODUCT_PREFIX + product.value());
    }

    private void notify(String payload) {
        // pg_notify returns void, which JDBC cannot map; selecting a constant from it sends the same NOTIFY.
        em.createNativeQuery("select 1 from pg_notify(:channel, :payload)")
                .setParameter("channel", CHANNEL)
                .setParameter("payload", payload)
                .getSingleResult();
    }
}
