package dev.keysmith.adapters.persistence.product;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.application.port.out.contract.ProductPortContractTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ProductPersistenceTest extends ProductPortContractTest {

    @Inject
    PostgresPorts ports;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
