package dev.keysmith.adapters.persistence.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.KeySnapshotPort.KeySnapshot;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyBuilder;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent misses for one digest cost one statement, without giving up the rule that a load which raced with a
 * change is not kept; and the cache counts what it did.
 */
class CoalescedMissesTest {

    private static final SnapshotSettings SETTINGS =
            new SnapshotSettings(2, Duration.ofSeconds(30), Duration.ofMillis(250));
    private static final int CALLERS = 16;

    private final TestClock clock = TestClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    private final SlowDatabase database = new SlowDatabase();
    private final KeySnapshotCache cache = new KeySnapshotCache(database, clock, SETTINGS);
    private final ApiKeyId keyId = ApiKeyId.random();
    private final ExecutorService callers = Executors.newFixedThreadPool(CALLERS);

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void parallelMissesOfOneColdKeyCostOneStatement() throws Exception {
        cache.freshness().heardEverythingUpTo(clock.instant());
        database.rows.put("hash", entry(KeyStatus.ACTIVE));
        // The one read waits until every other caller has joined it, so all of them miss while it runs.
        database.beforeAnswer = () -> awaitCondition(() -> cache.statistics().coalescedMisses() == CALLERS - 1);

        List<Future<Optional<KeySnapshot>>> answers = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            answers.add(callers.submit(() -> cache.findKey("hash")));
        }

        for (Future<Optional<KeySnapshot>> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS).map(s -> s.key().status()))
                    .contains(KeyStatus.ACTIVE);
        }
        assertThat(database.reads.get()).as("statements").isEqualTo(1);
        SnapshotStatistics statistics = cache.statistics();
        assertThat(statistics.misses()).isEqualTo(CALLERS);
        assertThat(statistics.coalescedMisses()).isEqualTo(CALLERS - 1);

        cache.findKey("hash");
        assertThat(database.reads.get()).as("now cached").isEqualTo(1);
        assertThat(cache.statistics().hits()).isEqualTo(1);
    }

    @Test
    void aMissAfterAChangeDoesNotJoinALoadThatStartedBeforeItAndTheRacedLoadIsNotKept() throws Exception {
        cache.freshness().heardEverythingUpTo(clock.instant());
        database.rows.put("hash", entry(KeyStatus.ACTIVE));
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger answered = new AtomicInteger();
        database.beforeAnswer = () -> {
            if (answered.getAndIncrement() == 0) {
                reading.countDown();
                await(release);
            }
        };
        database.readRowsFirst = true;

        Future<Optional<KeySnapshot>> before = callers.submit(() -> cache.findKey("hash"));
        await(reading);
        // The key is revoked and the change dropped while the first read still holds the row it read before.
        database.rows.put("hash", entry(KeyStatus.REVOKED));
        cache.drop(ChangedEntries.parse(List.of("key:" + keyId.value())));
        Optional<KeySnapshot> after = cache.findKey("hash");
        release.countDown();

        assertThat(after.map(s -> s.key().status()))
                .as("read for itself after the change")
                .contains(KeyStatus.REVOKED);
        assertThat(before.get(10, TimeUnit.SECONDS).map(s -> s.key().status()))
                .as("asked before the change was dropped")
                .contains(KeyStatus.ACTIVE);
        assertThat(cache.findKey("hash").map(s -> s.key().status()))
                .as("the raced answer was not kept")
                .contains(KeyStatus.REVOKED);
        assertThat(cache.statistics().coalescedMisses()).isZero();
    }

    @Test
    void countsHitsMissesAndEvictions() {
        cache.freshness().heardEverythingUpTo(clock.instant());
        for (String hash : List.of("a", "b", "c", "d")) {
            database.rows.put(hash, entry(KeyStatus.ACTIVE));
        }
        cache.findKey("a");
        cache.findKey("a");
        for (String hash : List.of("b", "c", "d")) {
            cache.findKey(hash);
        }
        cache.cleanUp();

        SnapshotStatistics statistics = cache.statistics();
        assertThat(statistics.misses()).isEqualTo(4);
        assertThat(statistics.hits()).isEqualTo(1);
        assertThat(statistics.evictions()).as("a cache of two").isEqualTo(2);
        assertThat(statistics.size()).isEqualTo(2);
        assertThat(statistics.hitRatio()).isEqualTo(0.2);
    }

    private KeySnapshotCache.Entry entry(KeyStatus status) {
        ApiKey key = ApiKeyBuilder.aKey()
                .withId(keyId)
                .withAccount(new AccountId(UUID.fromString("00000000-0000-0000-0000-000000000001")))
                .withName("Checkout")
                .withCreatedBy(null)
                .createdAt(Instant.parse("2025-12-01T00:00:00Z"))
                .withStatus(status)
                .withSecretHash("hash")
                .build();
        return new KeySnapshotCache.Entry(
                new KeySnapshot(
                        key,
                        true,
                        true,
                        true,
                        Set.copyOf(key.scopes()),
                        key.hint().keyPrefix()),
                null);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("latch released").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits for other threads to reach a point, bounded so a broken coalescing fails instead of hanging. */
    private static void awaitCondition(BooleanSupplier reached) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!reached.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline)
                    .as("callers joined in time")
                    .isNegative();
            Thread.onSpinWait();
        }
    }

    /** Rows by digest, read by many threads; {@code beforeAnswer} runs inside the read, after the row was read. */
    private static final class SlowDatabase extends BoundedQueries {

        final Map<Object, Object> rows = new ConcurrentHashMap<>();
        final AtomicInteger reads = new AtomicInteger();
        volatile Runnable beforeAnswer = () -> {};
        volatile boolean readRowsFirst;

        SlowDatabase() {
            super(null, SETTINGS);
        }

        @Override
        @SuppressWarnings("unchecked")
        <T> Optional<T> query(String sql, Object parameter, RowReader<T> reader) {
            reads.incrementAndGet();
            Object row = rows.get(parameter);
            beforeAnswer.run();
            return Optional.ofNullable((T) (readRowsFirst ? row : rows.get(parameter)));
        }

        @Override
        <T> T call(Work<T> work) {
            return null;
        }
    }
}
