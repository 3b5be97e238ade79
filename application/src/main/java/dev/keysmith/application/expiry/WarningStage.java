package dev.keysmith.application.expiry;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.expiry.BatchDrain.Batch;
import dev.keysmith.application.port.out.ExpirySweepPort;
import dev.keysmith.application.port.out.ExpirySweepPort.ActivityCursor;
import dev.keysmith.application.port.out.ExpirySweepPort.SweepCandidate;
import dev.keysmith.application.port.out.ExpirySweepPort.Warned;
import dev.keysmith.application.port.out.WarningEmailDraftPort;
import dev.keysmith.application.port.out.WarningEmailDraftPort.DraftLines;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.InactivityPolicy;
import dev.keysmith.domain.key.InactivityPolicy.WarningBand;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The sweep's warning stage: per warning band, the keys not warned at that stage (or a later one) in their
 * current window are marked warned, told by notification and audit event, and added as lines to their account's
 * email draft for this sweep.
 */
final class WarningStage {

    private final ExpirySweepPort sweeps;
    private final WarningEmailDraftPort drafts;
    private final InactivityPolicy policy;
    private final SweepJournal journal;
    private final ExpiryMessages messages;
    private final BatchDrain drain;
    private final SweepSettings settings;

    WarningStage(
            ExpirySweepPort sweeps,
            WarningEmailDraftPort drafts,
            InactivityPolicy policy,
            SweepJournal journal,
            ExpiryMessages messages,
            BatchDrain drain,
            SweepSettings settings) {
        this.sweeps = sweeps;
        this.drafts = drafts;
        this.policy = policy;
        this.journal = journal;
        this.messages = messages;
        this.drain = drain;
        this.settings = settings;
    }

    /** The warnings recorded in every band. */
    int run(Instant now, UUID sweepId) {
        int warnings = 0;
        for (WarningBand band : policy.warningBands(now)) {
            warnings += drain.count(settings.batchSize(), (ActivityCursor after) -> batch(band, now, sweepId, after));
        }
        return warnings;
    }

    private Batch<ActivityCursor, Integer> batch(WarningBand band, Instant now, UUID sweepId, ActivityCursor after) {
        List<SweepCandidate> found = sweeps.lockKeysToWarn(
                band.activityAfter(), band.activityUpTo(), band.lead(), after, settings.batchSize());
        Map<ApiKeyId, SweepCandidate> byId = new LinkedHashMap<>();
        List<Warned> warnings = new ArrayList<>();
        for (SweepCandidate candidate : found) {
            Instant activity = policy.lastActivity(candidate.key());
            Set<Duration> sent = activity.equals(candidate.warnedActivity()) && candidate.warnedLead() != null
                    ? Set.of(candidate.warnedLead())
                    : Set.of();
            Optional<Duration> stage = policy.dueWarning(activity, now, sent);
            if (stage.isPresent() && candidate.key().effectiveStatus(now).isLive()) {
                warnings.add(new Warned(candidate.key().id(), activity, stage.get()));
                byId.put(candidate.key().id(), candidate);
            }
        }
        Set<ApiKeyId> stored = new HashSet<>(warnings.isEmpty() ? List.of() : sweeps.storeWarned(warnings));
        List<AuditTrail.Entry> events = new ArrayList<>();
        List<Notification> posted = new ArrayList<>();
        Map<AccountId, List<String>> lines = new LinkedHashMap<>();
        Map<AccountId, String> subjects = new LinkedHashMap<>();
        for (Warned warning : warnings) {
            if (!stored.contains(warning.key())) {
                continue;
            }
            SweepCandidate candidate = byId.get(warning.key());
            ApiKey key = candidate.key();
            Instant expiresAt = expiresAt(key);
            events.add(SweepJournal.entry(
                    key,
                    Map.of(
                            "leadTime",
                            warning.lead().toString(),
                            "lastActivity",
                            warning.activity().toString(),
                            "expiresAt",
                            expiresAt.toString())));
            posted.add(Notification.post(
                    key.accountId(),
                    NotificationKind.KEY_EXPIRY_WARNING,
                    messages.warningTitle(key, expiresAt),
                    messages.warningBody(key, candidate.productName(), warning.activity(), expiresAt),
                    key.id(),
                    key.product(),
                    ExpiryMessages.day(expiresAt),
                    now));
            lines.computeIfAbsent(key.accountId(), account -> new ArrayList<>())
                    .add(messages.emailLine(key, candidate.productName(), warning.activity(), expiresAt));
            subjects.putIfAbsent(key.accountId(), messages.emailSubject(candidate.accountName()));
        }
        journal.post(posted);
        journal.audit(AuditAction.KEY_EXPIRY_WARNED, events);
        if (!lines.isEmpty()) {
            drafts.appendToDrafts(
                    sweepId,
                    lines.entrySet().stream()
                            .map(e -> new DraftLines(e.getKey(), subjects.get(e.getKey()), e.getValue()))
                            .toList(),
                    settings.maxKeysPerEmail());
        }
        return new Batch<>(found.size(), InactivityStage.cursorAfter(found, after, policy), events.size());
    }

    /** When the key expires unless used: its inactivity deadline, or its absolute expiry date if that is sooner. */
    private Instant expiresAt(ApiKey key) {
        Instant deadline = policy.deadline(key);
        return key.expiresAt() != null && key.expiresAt().isBefore(deadline) ? key.expiresAt() : deadline;
    }
}
