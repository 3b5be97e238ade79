package dev.keysmith.adapters.persistence.verify;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.application.port.out.KeySnapshotPort;
import dev.keysmith.application.port.out.contract.KeySnapshotPortContractTest;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The snapshot's contract against the application's own cache over PostgreSQL, rows stored through the ports. */
@QuarkusTest
class KeySnapshotPersistenceTest extends KeySnapshotPortContractTest {

    @Inject
    PostgresPorts ports;

    @Inject
    KeySnapshotPort snapshots;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }

    @Override
    protected KeySnapshotPort snapshots() {
        return snapshots;
    }
}
