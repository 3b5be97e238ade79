package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.UsageRecorderPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.product.Product;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link UsageRecorderPort} does, stated once and run against each implementation. */
public abstract class UsageRecorderPortContractTest {

    protected abstract PortsUnderTest ports();

    /** Stores a key where uses are recorded. */
    protected abstract void storeKey(ApiKey key, Product product, Account account);

    /** The key as stored now. */
    protected abstract Optional<ApiKey> storedKey(ApiKeyId id);

    private UsageRecorderPort usage() {
        return ports().usageRecorder();
    }

    private ApiKey key(Instant createdAt) {
        Rows rows = new Rows(ports());
        Account account = rows.account();
        Product product = rows.product();
        ApiKey key = rows.aKeyOf(account, product).createdAt(createdAt).build();
        storeKey(key, product, account);
        return key;
    }

    @Test
    void aWriteThroughUseIsStoredBeforeTheCallReturns() {
        Instant now = Rows.now();
        ApiKey key = key(now.minus(Duration.ofDays(80)));

        usage().recordUse(key, now, true);

        assertThat(storedKey(key.id()).orElseThrow().lastUsedAt()).isEqualTo(now);
    }

    @Test
    void aFlushStoresTheLatestUseAndALaterFlushNeverMovesItBack() {
        Instant now = Rows.now();
        ApiKey key = key(now.minus(Duration.ofDays(3)));

        usage().recordUse(key, now.minusSeconds(30), false);
        usage().recordUse(key, now, false);
        usage().flush();

        assertThat(storedKey(key.id()).orElseThrow().lastUsedAt()).isEqualTo(now);

        usage().recordUse(key, now.minusSeconds(60), false);
        usage().flush();
        usage().recordUse(key, now.minusSeconds(90), true);

        assertThat(storedKey(key.id()).orElseThrow().lastUsedAt()).isEqualTo(now);
    }
}
