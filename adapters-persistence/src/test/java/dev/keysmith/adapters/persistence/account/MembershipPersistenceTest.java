package dev.keysmith.adapters.persistence.account;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.application.port.out.contract.MembershipPortContractTest;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class MembershipPersistenceTest extends MembershipPortContractTest {

    @Inject
    PostgresPorts ports;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
