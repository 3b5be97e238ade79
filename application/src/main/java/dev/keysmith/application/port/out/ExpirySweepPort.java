package dev.keysmith.application.port.out;

import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the expiry sweeper needs from storage: a lock that lets one sweeper run at a time across every
 * instance, the keys due for something in small batches (each read locks its rows, skipping rows others hold,
 * until the transaction ends), and writes that re-check the condition they were chosen by.
 */
public interface ExpirySweepPort {

    /**
     * Takes the cluster-wide sweep lock unless another sweeper holds it. It is released by {@link #unlock()} or
     * when this instance dies, never by time, so a slow sweep is never joined by a second one.
     */
    boolean tryLock();

    void unlock();

    /** Live keys whose grace period or absolute expiry date has passed at {@code now}, by id after {@code after}. */
    List<SweepCandidate> lockKeysToSettle(Instant now, ApiKeyId after, int limit);

    /**
     * Live keys of {@code slice} last active at or before {@code cutoff}, by (activity, id) after {@code after}.
     */
    List<SweepCandidate> lockInactiveKeys(Instant cutoff, KeySlice slice, ActivityCursor after, int limit);

    /**
     * Live keys not replaced by a successor, last active after {@code activityAfter} and at or before
     * {@code activityUpTo}, unless warned with {@code lead} or a shorter lead for that same activity; by
     * (activity, id) after {@code after}.
     */
    List<SweepCandidate> lockKeysToWarn(
            Instant activityAfter, Instant activityUpTo, Duration lead, ActivityCursor after, int limit);

    /** Stores keys {@linkplain ApiKey#settle settled} by the domain that are still live; answers those stored. */
    List<ApiKeyId> storeSettled(List<ApiKey> settled);

    /**
     * Stores keys {@linkplain ApiKey#expire expired} for inactivity, but only those still live and still last
     * active at or before {@code cutoff}: a use recorded meanwhile by any instance keeps the key. Answers those stored.
     */
    List<ApiKeyId> storeExpired(List<ApiKey> expired, Instant cutoff);

    /** Notes the warnings sent, for keys whose last activity is still the one warned about; answers those stored. */
    List<ApiKeyId> storeWarned(List<Warned> warned);

    /** A key with what the sweep's messages name and what was already warned for it. */
    record SweepCandidate(
            ApiKey key, String productName, String accountName, Instant warnedActivity, Duration warnedLead) {}

    /** Where the previous batch ended, in last-activity order. */
    record ActivityCursor(Instant activity, ApiKeyId id) {}

    /**
     * One of {@code count} equal ranges of key ids (by the ids' first 64 bits, unsigned, which is how PostgreSQL
     * orders UUIDs too), so several workers can go through the keys side by side without meeting.
     */
    record KeySlice(int index, int count) {

        public static final KeySlice ALL = new KeySlice(0, 1);

        public KeySlice {
            if (count < 1 || index < 0 || index >= count) {
                throw new IllegalArgumentException("no slice " + index + " of " + count);
            }
        }

        /** The smallest id in the slice, or empty for the first slice. */
        public Optional<UUID> from() {
            return index == 0 ? Optional.empty() : Optional.of(new UUID(bound(index), 0));
        }

        /** The smallest id past the slice, or empty for the last slice. */
        public Optional<UUID> until() {
            return index == count - 1 ? Optional.empty() : Optional.of(new UUID(bound(index + 1), 0));
        }

        public boolean contains(UUID id) {
            long high = id.getMostSignificantBits();
            return (index == 0 || Long.compareUnsigned(high, bound(index)) >= 0)
                    && (index == count - 1 || Long.compareUnsigned(high, bound(index + 1)) < 0);
        }

        private long bound(int slice) {
            return Long.divideUnsigned(-1L, count) * slice;
        }
    }

    /** A warning sent for a key idle since {@code activity}. */
    record Warned(ApiKeyId key, Instant activity, Duration lead) {}
}
