package dev.keysmith.adapters.persistence.verify;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.application.port.out.contract.UsageRecorderPortContractTest;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.product.Product;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;

@QuarkusTest
class UsageRecorderPersistenceTest extends UsageRecorderPortContractTest {

    @Inject
    PostgresPorts ports;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }

    @Override
    protected void storeKey(ApiKey key, Product product, Account account) {
        ports.inTransaction(() -> ports.keys().insertKey(key));
    }

    @Override
    protected Optional<ApiKey> storedKey(ApiKeyId id) {
        return ports.inTransaction(() -> ports.keys().loadKey(id));
    }
}
