package dev.keysmith.application.support;

import dev.keysmith.application.port.out.DefaultProductsPort;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.product.ProductCode;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A fake of the default products port over the store's accounts and the keys fake's accesses: as the database's
 * trigger does, it enables the products on by default for each account the store takes in.
 */
public final class InMemoryDefaultProducts implements DefaultProductsPort {

    private final InMemoryStore store;
    private final InMemoryKeys keys;
    private final Set<ProductCode> onByDefault = new LinkedHashSet<>();

    public InMemoryDefaultProducts(InMemoryStore store, InMemoryKeys keys) {
        this.store = store;
        this.keys = keys;
        store.onNewAccount(this::startWithDefaults);
    }

    private void startWithDefaults(Account account) {
        for (ProductCode product : onByDefault) {
            if (keys.loadAccess(account.id(), product).isEmpty()) {
                keys.saveAccess(ProductAccess.none(account.id(), product).enable(account.createdAt()));
            }
        }
    }

    @Override
    public boolean enabledByDefault(ProductCode product) {
        return onByDefault.contains(product);
    }

    @Override
    public void setEnabledByDefault(ProductCode product, boolean enabled) {
        if (!keys.products.containsKey(product)) {
            return; // as the UPDATE of no row
        }
        if (enabled) {
            onByDefault.add(product);
        } else {
            onByDefault.remove(product);
        }
    }

    @Override
    public int enableForAll(ProductCode product, Instant now) {
        int changed = 0;
        for (Account account : store.accounts.values()) {
            ProductAccess access =
                    keys.loadAccess(account.id(), product).orElse(ProductAccess.none(account.id(), product));
            if (!access.isEnabled()) {
                keys.saveAccess(access.enable(now));
                changed++;
            }
        }
        return changed;
    }
}
