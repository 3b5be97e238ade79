package dev.keysmith.bootstrap.wiring;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.out.AccountChangedPort;
import dev.keysmith.application.port.out.DefaultProductsPort;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.product.DefaultProductsService;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the service of the products new accounts start with. */
public class DefaultProductsWiring {

    @Produces
    @Singleton
    DefaultProductsService defaultProductsService(
            LoadProductPort products,
            DefaultProductsPort defaults,
            AccountChangedPort changes,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        return new DefaultProductsService(products, defaults, changes, transactions, audit, clock);
    }
}
