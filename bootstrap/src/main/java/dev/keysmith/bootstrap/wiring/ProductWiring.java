package dev.keysmith.bootstrap.wiring;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.out.AccountChangedPort;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.SaveProductPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.product.ProductCatalogueService;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Builds the product catalogue service from its ports. Services are plain final classes, so they are
 * produced as {@code @Singleton} (no client proxy needed); they hold no state of their own.
 */
public class ProductWiring {

    @Produces
    @Singleton
    ProductCatalogueService productCatalogue(
            LoadProductPort load,
            SaveProductPort save,
            AccountChangedPort changes,
            TransactionPort transactions,
            AuditTrail audit) {
        return new ProductCatalogueService(load, save, changes, transactions, audit);
    }
}
