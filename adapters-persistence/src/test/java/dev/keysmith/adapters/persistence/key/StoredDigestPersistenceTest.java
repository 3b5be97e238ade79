package dev.keysmith.adapters.persistence.key;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.application.port.out.StoredDigestPort;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.application.port.out.contract.StoredDigestPortContractTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class StoredDigestPersistenceTest extends StoredDigestPortContractTest {

    @Inject
    PostgresPorts ports;

    @Inject
    StoredDigestPort digests;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }

    @Override
    protected StoredDigestPort digests() {
        return digests;
    }
}
