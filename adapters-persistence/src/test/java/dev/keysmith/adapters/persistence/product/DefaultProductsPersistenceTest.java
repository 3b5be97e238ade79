package dev.keysmith.adapters.persistence.product;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.application.port.out.DefaultProductsPort;
import dev.keysmith.application.port.out.contract.DefaultProductsPortContractTest;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The product's default and V11's trigger, which enables it for each account as the account is inserted. */
@QuarkusTest
class DefaultProductsPersistenceTest extends DefaultProductsPortContractTest {

    @Inject
    PostgresPorts ports;

    @Inject
    DefaultProductsPort defaults;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }

    @Override
    protected DefaultProductsPort defaults() {
        return defaults;
    }
}
