package dev.keysmith.bootstrap.wiring;

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
    ProductCatalogueService productCatalogue(LoadProductPort load, SaveProductPort save, TransactionPort transactions) {
        return new ProductCatalogueService(load, save, transactions);
    }
}
