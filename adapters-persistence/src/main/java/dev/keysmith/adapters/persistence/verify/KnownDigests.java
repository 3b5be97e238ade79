package dev.keysmith.adapters.persistence.verify;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A Bloom filter of every stored key digest, live and dead (dead keys still answer REVOKED or EXPIRED), so a
 * digest it does not hold is answered NOT_FOUND from memory. It never forgets a digest it was given; a false
 * "maybe" (at most {@value #FALSE_POSITIVES} of unknown digests) only costs the usual lookup. Sized at load for
 * {@value #HEADROOM_PERCENT}% of the table's rows, at least {@value #MIN_EXPECTED}; about 1.2 bytes per expected
 * digest: 1.8 MB for 1 M stored keys, 18 MB for 10 M. Once more digests were added than it was sized for, it
 * asks to be rebuilt from the table ({@link #oversized()}); until then its false positives grow, never its
 * false negatives.
 */
final class KnownDigests {

    static final long MIN_EXPECTED = 1_000_000;
    static final int HEADROOM_PERCENT = 150;
    static final double FALSE_POSITIVES = 0.01;

    private volatile BloomFilter<CharSequence> filter = empty(MIN_EXPECTED);
    private volatile long expected = MIN_EXPECTED;
    private final AtomicLong held = new AtomicLong();
    /** Whether the filter holds every stored digest, i.e. was loaded since the listener last (re)connected. */
    private volatile boolean loaded;
    /** Digests added while a load is running, put into the new filter before it takes over. */
    private List<String> addedDuringLoad;

    /** Counted by both event loops on every unknown key: a LongAdder, not one contended AtomicLong. */
    private final LongAdder rejections = new LongAdder();

    /** Whether answers may be taken from the filter: it was loaded, and nothing was missed since. */
    boolean loaded() {
        return loaded;
    }

    /** False only if {@code digest} was never added; true may be a false positive. */
    boolean mightContain(String digest) {
        return filter.mightContain(digest);
    }

    synchronized void add(String digest) {
        filter.put(digest);
        held.incrementAndGet();
        if (addedDuringLoad != null) {
            addedDuringLoad.add(digest);
        }
    }

    /** The filter can no longer be trusted (the listener lost notifications); lookups go to the database. */
    void distrust() {
        loaded = false;
    }

    /** Begins a rebuild for a table of {@code rows} rows; {@link Load#add} its rows, then {@link Load#finish}. */
    synchronized Load startLoad(long rows) {
        loaded = false;
        addedDuringLoad = new ArrayList<>();
        return new Load(Math.max(MIN_EXPECTED, rows * HEADROOM_PERCENT / 100));
    }

    /** More digests were added than the filter was sized for: it should be rebuilt from the table. */
    boolean oversized() {
        return held.get() > expected;
    }

    void rejected() {
        rejections.increment();
    }

    /** Digests answered NOT_FOUND by the filter without a database statement. */
    long rejections() {
        return rejections.sum();
    }

    /** Approximate heap of the bit array, for the README's figures. */
    static long bytesFor(long expectedDigests) {
        double bits = -expectedDigests * Math.log(FALSE_POSITIVES) / (Math.log(2) * Math.log(2));
        return (long) Math.ceil(bits / 8);
    }

    private static BloomFilter<CharSequence> empty(long expected) {
        return BloomFilter.create(Funnels.stringFunnel(StandardCharsets.US_ASCII), expected, FALSE_POSITIVES);
    }

    /** A filter being filled from the table; it replaces the current one when finished. */
    final class Load {

        private final long expectedDigests;
        private final BloomFilter<CharSequence> next;
        private long count;

        private Load(long expectedDigests) {
            this.expectedDigests = expectedDigests;
            this.next = empty(expectedDigests);
        }

        void add(String digest) {
            if (digest != null) {
                next.put(digest);
                count++;
            }
        }

        void finish() {
            synchronized (KnownDigests.this) {
                for (String digest : addedDuringLoad) {
                    next.put(digest);
                }
                count += addedDuringLoad.size();
                addedDuringLoad = null;
                filter = next;
                expected = expectedDigests;
                held.set(count);
                loaded = true;
            }
        }
    }
}
