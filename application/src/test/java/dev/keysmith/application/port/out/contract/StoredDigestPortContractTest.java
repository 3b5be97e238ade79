package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.StoredDigestPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.Product;
import org.junit.jupiter.api.Test;

/** What every {@link StoredDigestPort} does, stated once and run against each implementation. */
public abstract class StoredDigestPortContractTest {

    protected abstract PortsUnderTest ports();

    protected abstract StoredDigestPort digests();

    @Test
    void theDigestOfAStoredKeyIsFoundLiveOrDeadAndNoOther() {
        Rows rows = new Rows(ports());
        Account account = rows.account();
        Product product = rows.product();
        ApiKey live = rows.insert(rows.aKeyOf(account, product).build());
        ApiKey revoked = rows.insert(
                rows.aKeyOf(account, product).withStatus(KeyStatus.REVOKED).build());

        assertThat(ports().inTransaction(() -> digests().digestStored(live.secretHash())))
                .isTrue();
        assertThat(ports().inTransaction(() -> digests().digestStored(revoked.secretHash())))
                .isTrue();
        assertThat(ports().inTransaction(() -> digests().digestStored(Rows.uniqueDigest())))
                .isFalse();
    }
}
