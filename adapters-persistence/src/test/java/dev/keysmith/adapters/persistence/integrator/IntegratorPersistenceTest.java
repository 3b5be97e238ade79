package dev.keysmith.adapters.persistence.integrator;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.application.port.out.IntegratorPort;
import dev.keysmith.application.port.out.contract.IntegratorPortContractTest;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class IntegratorPersistenceTest extends IntegratorPortContractTest {

    @Inject
    PostgresPorts ports;

    @Inject
    IntegratorPort integrators;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }

    @Override
    protected IntegratorPort integrators() {
        return integrators;
    }
}
