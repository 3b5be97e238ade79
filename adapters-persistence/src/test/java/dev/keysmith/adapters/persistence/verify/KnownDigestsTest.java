package dev.keysmith.adapters.persistence.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The filter of stored digests: it never forgets a digest, whether loaded, added, or added during a rebuild. */
class KnownDigestsTest {

    private static final int DIGESTS = 100_000;

    private final KnownDigests digests = new KnownDigests();

    @Test
    void neverRejectsADigestItWasGivenAndRejectsAlmostEveryOther() {
        Random random = new Random(17);
        List<String> stored = digests(random, DIGESTS);
        KnownDigests.Load load = digests.startLoad(DIGESTS / 2);
        for (int i = 0; i < DIGESTS / 2; i++) {
            load.add(stored.get(i));
        }
        load.finish();
        for (int i = DIGESTS / 2; i < DIGESTS; i++) {
            digests.add(stored.get(i));
        }

        assertThat(stored).allMatch(digests::mightContain);
        long falsePositives =
                digests(random, DIGESTS).stream().filter(digests::mightContain).count();
        assertThat(falsePositives)
                .as("false positives of %d unknown digests", DIGESTS)
                .isLessThan(DIGESTS / 100);
    }

    @Test
    void isTrustedOnlyOnceLoadedAndUntilDistrusted() {
        assertThat(digests.loaded()).isFalse();

        KnownDigests.Load load = digests.startLoad(0);
        assertThat(digests.loaded()).as("while loading").isFalse();
        load.add("a");
        load.finish();

        assertThat(digests.loaded()).isTrue();
        digests.distrust();
        assertThat(digests.loaded()).isFalse();
    }

    @Test
    void keepsWhatWasAddedWhileARebuildRead() {
        KnownDigests.Load load = digests.startLoad(1);
        load.add("stored before the rebuild");
        digests.add("stored during the rebuild");
        load.finish();

        assertThat(digests.mightContain("stored before the rebuild")).isTrue();
        assertThat(digests.mightContain("stored during the rebuild")).isTrue();
    }

    @Test
    void asksForARebuildOnceItHoldsMoreThanItWasSizedForAndIsSizedFromTheTable() {
        KnownDigests.Load load = digests.startLoad(0);
        load.finish();
        Random random = new Random(4);
        for (String digest : digests(random, (int) KnownDigests.MIN_EXPECTED)) {
            digests.add(digest);
        }
        assertThat(digests.oversized()).isFalse();

        digests.add("one more");
        assertThat(digests.oversized()).isTrue();

        KnownDigests.Load bigger = digests.startLoad(KnownDigests.MIN_EXPECTED + 1);
        bigger.finish();
        assertThat(digests.oversized()).isFalse();
        assertThat(digests.mightContain("one more"))
                .as("a rebuild forgets what the table does not hold")
                .isFalse();
    }

    @Test
    void statesItsHeap() {
        assertThat(KnownDigests.bytesFor(1_500_000)).isBetween(1_700_000L, 1_900_000L);
        assertThat(KnownDigests.bytesFor(15_000_000))
                .as("10 M keys with headroom")
                .isLessThan(20_000_000L);
    }

    private static List<String> digests(Random random, int count) {
        List<String> digests = new ArrayList<>(count);
        byte[] bytes = new byte[32];
        for (int i = 0; i < count; i++) {
            random.nextBytes(bytes);
            digests.add(HexFormat.of().formatHex(bytes));
        }
        return digests;
    }
}
