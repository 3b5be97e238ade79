package dev.keysmith.application.product;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.product.ManageDefaultProductsUseCase;
import dev.keysmith.application.port.out.AccountChangedPort;
import dev.keysmith.application.port.out.DefaultProductsPort;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.ProductNotFoundException;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.product.ProductCode;
import java.time.Clock;
import java.util.Map;

/** The products new accounts start with, kept by operators; each change audited. */
public final class DefaultProductsService implements ManageDefaultProductsUseCase {

    private final LoadProductPort products;
    private final DefaultProductsPort defaults;
    private final AccountChangedPort changes;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public DefaultProductsService(
            LoadProductPort products,
            DefaultProductsPort defaults,
            AccountChangedPort changes,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        this.products = products;
        this.defaults = defaults;
        this.changes = changes;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public boolean enabledByDefault(GetEnabledByDefaultQuery query) {
        query.caller().requireOperator();
        requireProduct(query.product());
        return defaults.enabledByDefault(query.product());
    }

    @Override
    public boolean setEnabledByDefault(SetEnabledByDefaultCommand command) {
        command.caller().requireOperator();
        return transactions.inTransaction(() -> {
            requireProduct(command.product());
            defaults.setEnabledByDefault(command.product(), command.enabled());
            audit.record(
                    command.caller(),
                    AuditAction.PRODUCT_CHANGED,
                    "product",
                    command.product(),
                    null,
                    Map.of("enabledByDefault", Boolean.toString(command.enabled())));
            return command.enabled();
        });
    }

    @Override
    public int enableForAll(EnableForAllCommand command) {
        command.caller().requireOperator();
        return transactions.inTransaction(() -> {
            requireProduct(command.product());
            int enabled = defaults.enableForAll(command.product(), clock.instant());
            audit.record(
                    command.caller(),
                    AuditAction.PRODUCT_ENABLED_FOR_ALL,
                    "product",
                    command.product(),
                    null,
                    Map.of("accountsEnabled", Integer.toString(enabled)));
            // Every instance forgets what it knew of accounts' access to the product.
            changes.productChanged(command.product());
            return enabled;
        });
    }

    private void requireProduct(ProductCode code) {
        products.loadProduct(code).orElseThrow(() -> new ProductNotFoundException(code));
    }
}
