package dev.keysmith.adapters.persistence.key;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.application.port.out.contract.ApiKeyPortContractTest;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ApiKeyPersistenceTest extends ApiKeyPortContractTest {

    @Inject
    PostgresPorts ports;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
