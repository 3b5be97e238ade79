package dev.keysmith.application.port.out;

import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

    /** Live keys last active at or before {@code cutoff}, by (activity, id) after {@code after}. */
    List<SweepCandidate> lockInactiveKeys(Instant cutoff, ActivityCursor after, int limit);

    /**
     * Live keys not replaced by a successor, last active after {@code activityAfter} and at or before
     * {@code activityUpTo}, unless warned with {@code lead} or a shorter lead for that same activity; by
     * (activity, id) after {@code after}.
     */
    List<SweepCandidate> lockKeysToWarn(Instant activityAfter, Instant activityUpTo, Duration lead,
            ActivityCursor after, int limit);

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
    record SweepCandidate(ApiKey key, String productName, String accountName, Instant warnedActivity,
            Duration warnedLead) {
    }

    /** Where the previous batch ended, in last-activity order. */
    record ActivityCursor(Instant activity, ApiKeyId id) {
    }

    /** A warning sent for a key idle since {@code activity}. */
    record Warned(ApiKeyId key, Instant activity, Duration lead) {
    }
}
