package dev.keysmith.adapters.persistence.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Catching up with keys stored elsewhere before answering NOT_FOUND, at a bounded rate. */
class DigestCatchUpTest {

    private static final long INTERVAL = 10_000_000;

    private final KnownDigests digests = new KnownDigests();
    private final AtomicLong now = new AtomicLong(1_000);
    private final List<Long> reads = new ArrayList<>();
    private final List<String> storedElsewhere = new ArrayList<>();
    private long nextSeq = 1;

    private final DigestCatchUp catchUp = new DigestCatchUp(
            digests,
            seenUpTo -> {
                reads.add(seenUpTo);
                storedElsewhere.forEach(digest -> digests.addStored(digest, nextSeq++));
                storedElsewhere.clear();
            },
            INTERVAL,
            now::get);

    @Test
    void aKeyStoredElsewhereBeforeTheMissIsFound() {
        storedElsewhere.add("generated on another instance");

        assertThat(catchUp.mightContainAfterCatchingUp("generated on another instance"))
                .isTrue();
        assertThat(reads).containsExactly(0L);
    }

    @Test
    void anUnknownDigestStaysUnknownAndTheNextReadStartsWhereTheLastEnded() {
        storedElsewhere.add("x");
        assertThat(catchUp.mightContainAfterCatchingUp("unknown")).isFalse();

        now.addAndGet(INTERVAL);
        storedElsewhere.add("y");
        assertThat(catchUp.mightContainAfterCatchingUp("y")).isTrue();

        assertThat(reads).containsExactly(0L, 1L);
    }

    @Test
    void aMissIsOnlyAnsweredByAReadThatStartedAfterIt() {
        assertThat(catchUp.mightContainAfterCatchingUp("unknown")).isFalse();
        // The clock moves on past the interval: the read above started before this miss, so it reads again.
        now.addAndGet(INTERVAL);
        storedElsewhere.add("committed after the first read");

        assertThat(catchUp.mightContainAfterCatchingUp("committed after the first read"))
                .isTrue();
        assertThat(reads).hasSize(2);
    }

    @Test
    void readsAtMostOncePerIntervalHoweverManyMissesArrive() throws InterruptedException {
        AtomicInteger realReads = new AtomicInteger();
        long interval = 5_000_000;
        DigestCatchUp real =
                new DigestCatchUp(digests, seenUpTo -> realReads.incrementAndGet(), interval, System::nanoTime);
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 50; i++) {
                    assertThat(real.mightContainAfterCatchingUp("unknown")).isFalse();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - started;

        assertThat(realReads.get()).isLessThanOrEqualTo((int) (elapsed / interval) + 1);
        assertThat(realReads.get()).as("400 misses shared reads").isLessThan(400);
    }
}
