package dev.keysmith.application.expiry;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.expiry.BatchDrain.Batch;
import dev.keysmith.application.port.out.ExpirySweepPort;
import dev.keysmith.application.port.out.ExpirySweepPort.ActivityCursor;
import dev.keysmith.application.port.out.ExpirySweepPort.KeySlice;
import dev.keysmith.application.port.out.ExpirySweepPort.SweepCandidate;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.InactivityPolicy;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sweep's expiry stage: keys of one slice idle for the whole window become EXPIRED (hash kept), unless a use
 * reached the database meanwhile. Each expiry worker runs it on a slice of its own.
 */
final class InactivityStage {

    private final ExpirySweepPort sweeps;
    private final InactivityPolicy policy;
    private final SweepJournal journal;
    private final ExpiryMessages messages;
    private final BatchDrain drain;
    private final int batchSize;

    InactivityStage(
            ExpirySweepPort sweeps,
            InactivityPolicy policy,
            SweepJournal journal,
            ExpiryMessages messages,
            BatchDrain drain,
            int batchSize) {
        this.sweeps = sweeps;
        this.policy = policy;
        this.journal = journal;
        this.messages = messages;
        this.drain = drain;
        this.batchSize = batchSize;
    }

    /** The keys of {@code slice} expired. */
    int run(Instant now, KeySlice slice) {
        Instant cutoff = policy.latestActivityDue(now);
        return drain.count(batchSize, (ActivityCursor after) -> batch(now, cutoff, slice, after));
    }

    private Batch<ActivityCursor, Integer> batch(Instant now, Instant cutoff, KeySlice slice, ActivityCursor after) {
        List<SweepCandidate> found = sweeps.lockInactiveKeys(cutoff, slice, after, batchSize);
        Map<ApiKeyId, SweepCandidate> byId = new LinkedHashMap<>();
        List<ApiKey> expired = new ArrayList<>();
        for (SweepCandidate candidate : found) {
            ApiKey key = candidate.key();
            // The query chose the key; the policy and the key's own rules decide.
            if (policy.isDue(key, now) && key.effectiveStatus(now).isLive()) {
                expired.add(key.expire(now));
                byId.put(key.id(), candidate);
            }
        }
        Set<ApiKeyId> stored = new HashSet<>(expired.isEmpty() ? List.of() : sweeps.storeExpired(expired, cutoff));
        List<AuditTrail.Entry> events = new ArrayList<>();
        List<Notification> posted = new ArrayList<>();
        for (ApiKey key : expired) {
            if (!stored.contains(key.id())) {
                continue;
            }
            SweepCandidate candidate = byId.get(key.id());
            Instant lastActivity = policy.lastActivity(key);
            events.add(
                    SweepJournal.entry(key, Map.of("reason", "inactivity", "lastActivity", lastActivity.toString())));
            posted.add(Notification.post(
                    key.accountId(),
                    NotificationKind.KEY_EXPIRED,
                    messages.expiredTitle(key),
                    messages.expiredForInactivityBody(key, candidate.productName(), lastActivity),
                    key.id(),
                    key.product(),
                    ExpiryMessages.day(now),
                    now));
        }
        journal.ended(events, List.of(), posted, stored);
        return new Batch<>(found.size(), cursorAfter(found, after, policy), events.size());
    }

    /** Where the next batch of a stage read by last activity starts: after the last key found, if any. */
    static ActivityCursor cursorAfter(List<SweepCandidate> found, ActivityCursor previous, InactivityPolicy policy) {
        if (found.isEmpty()) {
            return previous;
        }
        ApiKey last = found.get(found.size() - 1).key();
        return new ActivityCursor(policy.lastActivity(last), last.id());
    }
}
