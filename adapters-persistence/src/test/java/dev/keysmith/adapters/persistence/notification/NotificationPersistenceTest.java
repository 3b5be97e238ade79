package dev.keysmith.adapters.persistence.notification;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.application.port.out.contract.NotificationPortContractTest;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class NotificationPersistenceTest extends NotificationPortContractTest {

    @Inject
    PostgresPorts ports;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }
}
