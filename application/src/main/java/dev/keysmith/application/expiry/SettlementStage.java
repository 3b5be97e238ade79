package dev.keysmith.application.expiry;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.expiry.BatchDrain.Batch;
import dev.keysmith.application.port.out.ExpirySweepPort;
import dev.keysmith.application.port.out.ExpirySweepPort.SweepCandidate;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyStatus;
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
 * The sweep's stage for dates that have passed: keys past their absolute expiry date become EXPIRED, replaced
 * keys past their grace period REVOKED (hashes kept), each told to its owners and the audit trail.
 */
final class SettlementStage {

    /** Keys expired on their date and grace periods ended. */
    record Settled(int expired, int revoked) {

        static final Settled NONE = new Settled(0, 0);

        Settled plus(Settled other) {
            return new Settled(expired + other.expired, revoked + other.revoked);
        }
    }

    private final ExpirySweepPort sweeps;
    private final SweepJournal journal;
    private final ExpiryMessages messages;
    private final BatchDrain drain;
    private final int batchSize;

    SettlementStage(
            ExpirySweepPort sweeps, SweepJournal journal, ExpiryMessages messages, BatchDrain drain, int batchSize) {
        this.sweeps = sweeps;
        this.journal = journal;
        this.messages = messages;
        this.drain = drain;
        this.batchSize = batchSize;
    }

    Settled run(Instant now) {
        return drain.drain(batchSize, Settled.NONE, Settled::plus, (ApiKeyId after) -> batch(now, after));
    }

    private Batch<ApiKeyId, Settled> batch(Instant now, ApiKeyId after) {
        List<SweepCandidate> found = sweeps.lockKeysToSettle(now, after, batchSize);
        Map<ApiKeyId, SweepCandidate> byId = new LinkedHashMap<>();
        List<ApiKey> settled = new ArrayList<>();
        for (SweepCandidate candidate : found) {
            ApiKey changed = candidate.key().settle(now);
            if (changed != candidate.key()) {
                settled.add(changed);
                byId.put(changed.id(), candidate);
            }
        }
        Set<ApiKeyId> stored = new HashSet<>(settled.isEmpty() ? List.of() : sweeps.storeSettled(settled));
        List<AuditTrail.Entry> expiredEvents = new ArrayList<>();
        List<AuditTrail.Entry> revokedEvents = new ArrayList<>();
        List<Notification> posted = new ArrayList<>();
        for (ApiKey key : settled) {
            if (!stored.contains(key.id())) {
                continue;
            }
            SweepCandidate candidate = byId.get(key.id());
            if (key.status() == KeyStatus.EXPIRED) {
                expiredEvents.add(SweepJournal.entry(
                        key,
                        Map.of(
                                "reason",
                                "expiresAt",
                                "expiresAt",
                                key.expiresAt().toString())));
                posted.add(Notification.post(
                        key.accountId(),
                        NotificationKind.KEY_EXPIRED,
                        messages.expiredTitle(key),
                        messages.expiredOnDateBody(key, candidate.productName()),
                        key.id(),
                        key.product(),
                        ExpiryMessages.day(key.expiresAt()),
                        now));
            } else {
                revokedEvents.add(SweepJournal.entry(
                        key,
                        Map.of(
                                "reason",
                                "gracePeriodEnded",
                                "gracePeriodEnded",
                                key.graceUntil().toString(),
                                "replacedBy",
                                key.replacedBy().toString())));
            }
        }
        journal.ended(expiredEvents, revokedEvents, posted, stored);
        ApiKeyId last =
                found.isEmpty() ? after : found.get(found.size() - 1).key().id();
        return new Batch<>(found.size(), last, new Settled(expiredEvents.size(), revokedEvents.size()));
    }
}
