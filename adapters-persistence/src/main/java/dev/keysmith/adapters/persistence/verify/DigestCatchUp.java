package dev.keysmith.adapters.persistence.verify;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Closes the window between another instance storing a key and this instance hearing of it: before a digest the
 * filter does not hold is answered NOT_FOUND, the filter catches up with every key stored since it last looked
 * (one indexed range read on {@code created_seq}). The read is single-flight and starts at most once per
 * interval however many unknown digests arrive (10 ms: at most ~100 statements a second under a flood); a miss
 * is only answered by a read that started after it, so a key committed before the miss is always seen.
 */
final class DigestCatchUp {

    /** Reads the keys stored after {@code seenUpTo} into the filter. */
    interface Reader {
        void readStoredAfter(long seenUpTo);
    }

    private final KnownDigests digests;
    private final Reader reader;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private boolean running;
    private long lastStart;
    private long lastCompletedStart;
    private boolean everStarted;
    private boolean everCompleted;

    DigestCatchUp(KnownDigests digests, Reader reader, long intervalNanos, LongSupplier nanoTime) {
        this.digests = digests;
        this.reader = reader;
        this.intervalNanos = intervalNanos;
        this.nanoTime = nanoTime;
    }

    /** Whether {@code digest} may be stored, once the filter has seen every key committed before this call. */
    boolean mightContainAfterCatchingUp(String digest) {
        long missedAt = nanoTime.getAsLong();
        long start;
        synchronized (this) {
            while (true) {
                if (everCompleted && lastCompletedStart - missedAt >= 0) {
                    return digests.mightContain(digest);
                }
                long now = nanoTime.getAsLong();
                long sinceLast = now - lastStart;
                if (!running && (!everStarted || sinceLast >= intervalNanos)) {
                    running = true;
                    everStarted = true;
                    lastStart = now;
                    start = now;
                    break;
                }
                long waitNanos = running ? intervalNanos : intervalNanos - sinceLast;
                try {
                    // Woken when the running read ends; the bound only guards the rate window.
                    TimeUnit.NANOSECONDS.timedWait(this, Math.max(waitNanos, 100_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
            }
        }
        boolean read = false;
        try {
            reader.readStoredAfter(digests.seenUpTo());
            read = true;
        } finally {
            synchronized (this) {
                running = false;
                if (read) {
                    everCompleted = true;
                    lastCompletedStart = start;
                }
                notifyAll();
            }
        }
        return digests.mightContain(digest);
    }
}
