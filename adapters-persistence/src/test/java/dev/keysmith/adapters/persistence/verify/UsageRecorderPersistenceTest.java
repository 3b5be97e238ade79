package dev.keysmith.adapters.persistence.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.application.port.out.KeySnapshotPort.KeySnapshot;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.application.port.out.contract.Rows;
import dev.keysmith.application.port.out.contract.UsageRecorderPortContractTest;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.product.Product;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UsageRecorderPersistenceTest extends UsageRecorderPortContractTest {

    @Inject
    PostgresPorts ports;

    @Inject
    CoalescingUsageRecorder usage;

    @Inject
    KeySnapshotCache snapshot;

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

    @Test
    void aFlushWritesTheUsesButLeavesTheCachedAnswersAsTheyAre() {
        ApiKey key = cachedKey();
        KeySnapshot held = snapshot.findKey(key.secretHash()).orElseThrow();
        Instant now = Rows.now().truncatedTo(ChronoUnit.MILLIS);

        usage.recordUse(key, now, false);
        usage.flush();

        assertThat(storedKey(key.id()).orElseThrow().lastUsedAt()).isEqualTo(now);
        assertThat(fromMemory(key))
                .as("the same answer, not a copy rebuilt for the flush")
                .isSameAs(held);
    }

    @Test
    void aWriteThroughUseRefreshesItsCachedAnswerSoTheNextVerificationSeesIt() {
        ApiKey key = cachedKey();
        Instant now = Rows.now().truncatedTo(ChronoUnit.MILLIS);

        usage.recordUse(key, now, true);

        assertThat(storedKey(key.id()).orElseThrow().lastUsedAt()).isEqualTo(now);
        assertThat(fromMemory(key).key().lastUsedAt()).isEqualTo(now);
    }

    /** The snapshot's answer for the key, checked to come from the cache (one hit, no miss). */
    private KeySnapshot fromMemory(ApiKey key) {
        SnapshotStatistics before = snapshot.statistics();
        KeySnapshot answer = snapshot.findKey(key.secretHash()).orElseThrow();
        assertThat(snapshot.statistics().hits()).as("answered from memory").isEqualTo(before.hits() + 1);
        assertThat(snapshot.statistics().misses()).isEqualTo(before.misses());
        return answer;
    }

    @Test
    void aUseIsWrittenOnlyWhereItMovesTheStoredTimeOnByMoreThanThePrecision() {
        ApiKey key = cachedKey();
        Instant first = Rows.now().truncatedTo(ChronoUnit.MILLIS);
        usage.recordUse(key, first, false);
        usage.flush();
        assertThat(storedKey(key.id()).orElseThrow().lastUsedAt())
                .as("a first use is always written")
                .isEqualTo(first);
        ApiKey read = storedKey(key.id()).orElseThrow();

        usage.recordUse(key, first.plusSeconds(59), false); // the snapshot's copy still says "never used"
        usage.flush();
        usage.recordUse(read, first.plusSeconds(60), false);
        usage.flush();
        assertThat(storedKey(key.id()).orElseThrow().lastUsedAt())
                .as("within the minute of the stored use")
                .isEqualTo(first);

        usage.recordUse(read, first.plusSeconds(61), false);
        usage.flush();
        assertThat(storedKey(key.id()).orElseThrow().lastUsedAt()).isEqualTo(first.plusSeconds(61));
    }

    @Test
    void aCachedKeyInConstantUseIsQueuedOncePerPrecisionNotOnEveryVerification() {
        ApiKey key = cachedKey(); // the cached copy says "never used", and a flush does not change that
        Instant first = Rows.now().truncatedTo(ChronoUnit.MILLIS);
        usage.recordUse(key, first, false);
        assertThat(usage.pendingUse(key.id().value())).contains(first);
        usage.flush();

        for (int second = 2; second <= 60; second += 2) {
            usage.recordUse(key, first.plusSeconds(second), false);
        }
        assertThat(usage.pendingUse(key.id().value()))
                .as("uses within the precision of the one written are not queued, though the cached copy is older")
                .isEmpty();
        assertThat(fromMemory(key).key().lastUsedAt()).isNull();

        usage.recordUse(key, first.plusSeconds(61), false);
        assertThat(usage.pendingUse(key.id().value())).contains(first.plusSeconds(61));
        usage.flush();
        assertThat(storedKey(key.id()).orElseThrow().lastUsedAt()).isEqualTo(first.plusSeconds(61));
    }

    /** A key created 89 days ago, never used, whose answer the snapshot holds. */
    private ApiKey cachedKey() {
        Rows rows = new Rows(ports);
        Account account = rows.account();
        Product product = rows.product();
        ApiKey key = rows.insert(rows.aKeyOf(account, product)
                .createdAt(Rows.now().minus(Duration.ofDays(89)))
                .build());
        // The notifications of what was just stored (the account, its product access) drop cached answers when they
        // arrive: wait until the listener has heard everything committed so far, then cache the key.
        Instant stored = snapshot.freshness().now();
        long started = System.nanoTime();
        while (snapshot.freshness().heardUpTo() == null
                || !snapshot.freshness().heardUpTo().isAfter(stored)) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            Thread.onSpinWait();
        }
        assertThat(snapshot.findKey(key.secretHash())).isPresent();
        assertThat(snapshot.findKey(key.secretHash()).orElseThrow().key().lastUsedAt())
                .isNull();
        return key;
    }
}
