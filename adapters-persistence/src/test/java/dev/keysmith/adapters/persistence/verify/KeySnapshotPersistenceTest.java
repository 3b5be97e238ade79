package dev.keysmith.adapters.persistence.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.application.port.out.KeySnapshotPort;
import dev.keysmith.application.port.out.contract.KeySnapshotPortContractTest;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.application.port.out.contract.Rows;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.Scope;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.SortedSet;
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

    /** A cached key holds its own digest, hint and times; a set of scopes other cached keys have too, it shares. */
    @Test
    void cachedKeysWithTheSameScopesShareOneSetOfThem() {
        Rows rows = new Rows(ports);
        Account account = rows.account();
        Product product = rows.product();
        ApiKey first = rows.insert(rows.aKeyOf(account, product).build());
        ApiKey second = rows.insert(rows.aKeyOf(account, product).build());

        SortedSet<Scope> firstScopes =
                snapshots.findKey(first.secretHash()).orElseThrow().key().scopes();
        SortedSet<Scope> secondScopes =
                snapshots.findKey(second.secretHash()).orElseThrow().key().scopes();

        assertThat(firstScopes).containsExactly(new Scope("read")).isSameAs(secondScopes);
    }
}
