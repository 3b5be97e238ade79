package dev.keysmith.adapters.persistence.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.application.port.out.KeySnapshotPort;
import dev.keysmith.application.port.out.KeySnapshotPort.KeySnapshot;
import dev.keysmith.application.port.out.contract.KeySnapshotPortContractTest;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.application.port.out.contract.Rows;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.Scope;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

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

    /**
     * A cached key holds its own digest, hint and times; a set of scopes other cached keys have too, it shares, and so
     * does the set of its product's scopes, even where the two sets are equal (as here: the key has every scope its
     * product offers).
     */
    @Test
    void cachedKeysWithTheSameScopesShareOneSetOfThemAndOneOfTheirProducts() {
        Rows rows = new Rows(ports);
        Account account = rows.account();
        Product product = rows.product();
        ApiKey first = rows.insert(rows.aKeyOf(account, product).build());
        ApiKey second = rows.insert(rows.aKeyOf(account, product).build());

        KeySnapshot firstFound = snapshots.findKey(first.secretHash()).orElseThrow();
        KeySnapshot secondFound = snapshots.findKey(second.secretHash()).orElseThrow();

        assertThat(firstFound.key().scopes())
                .containsExactly(new Scope("read"))
                .isSameAs(secondFound.key().scopes());
        assertThat(firstFound.productScopes())
                .containsExactly(new Scope("read"))
                .isSameAs(secondFound.productScopes());
    }
}
