package dev.keysmith.adapters.persistence.verify;

/**
 * What the verification snapshot of this instance did since it started, for metrics and benchmarks. Counts of
 * lookups by key digest while the snapshot was trusted; a digest the filter rejected never reaches the cache.
 *
 * @param hits lookups answered from the cache
 * @param misses lookups the cache did not hold (each a database read, or a wait for another caller's)
 * @param coalescedMisses misses answered by another caller's read of the same digest, without a statement
 * @param evictions entries the cache let go to stay within its size (W-TinyLFU)
 * @param size entries held now
 * @param filterRejections digests answered NOT_FOUND by the filter of stored digests, without a statement
 * @param filterCatchUpReads the listener's reads of the digests of keys stored elsewhere, one per batch of notifications
 *     announcing new keys (never a verification's)
 */
public record SnapshotStatistics(
        long hits,
        long misses,
        long coalescedMisses,
        long evictions,
        long size,
        long filterRejections,
        long filterCatchUpReads) {

    /** Hits among lookups, 1 before the first lookup. */
    public double hitRatio() {
        long lookups = hits + misses;
        return lookups == 0 ? 1.0 : (double) hits / lookups;
    }
}
