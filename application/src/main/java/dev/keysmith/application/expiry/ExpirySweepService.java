package dev.keysmith.application.expiry;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase;
import dev.keysmith.application.port.out.ExpirySweepPort;
import dev.keysmith.application.port.out.ExpirySweepPort.ActivityCursor;
import dev.keysmith.application.port.out.ExpirySweepPort.KeySlice;
import dev.keysmith.application.port.out.ExpirySweepPort.SweepCandidate;
import dev.keysmith.application.port.out.ExpirySweepPort.Warned;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.NotificationPort;
import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.port.out.UsageRecorderPort;
import dev.keysmith.application.port.out.WarningEmailDraftPort;
import dev.keysmith.application.port.out.WarningEmailDraftPort.Draft;
import dev.keysmith.application.port.out.WarningEmailDraftPort.DraftLines;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.InactivityPolicy;
import dev.keysmith.domain.key.InactivityPolicy.WarningBand;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationKind;
import java.time.Clock;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The inactivity sweeper. One sweep at a time across all instances (a storage lock); keys are read in small
 * batches by queries that select only the keys due for something, and each batch is one transaction that
 * changes the keys, posts the notifications, adds the lines of the warning email drafts and writes the audit
 * events together. So a crash loses at most the batch in flight, and a rerun finds exactly the work left:
 * nothing twice, nothing skipped. Last, each draft becomes one email in the outbox, in the transaction that
 * deletes it; the outbox worker sends it.
 *
 * <p>Expiring and warning touch disjoint keys (idle past the window, idle within it), so the expiry workers
 * run on {@code sideWork}, each in its own slice of the key ids, while the sweep's own thread sends the
 * warnings: the database and this process then keep every core busy instead of waiting on each other. A
 * direct executor ({@code Runnable::run}) runs them one after the other. The lock is released only when all
 * of them are done.
 */
public final class ExpirySweepService implements RunExpirySweepUseCase {

    private static final Caller SYSTEM = Caller.system();

    private final ExpirySweepPort sweeps;
    private final NotificationPort notifications;
    private final WarningEmailDraftPort drafts;
    private final SendEmailPort email;
    private final KeyChangedPort changes;
    private final UsageRecorderPort usage;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final InactivityPolicy policy;
    private final SweepSettings settings;
    private final ExpiryMessages messages;
    private final Clock clock;
    private final Executor sideWork;

    public ExpirySweepService(ExpirySweepPort sweeps, NotificationPort notifications, WarningEmailDraftPort drafts,
            SendEmailPort email, KeyChangedPort changes, UsageRecorderPort usage, TransactionPort transactions,
            AuditTrail audit, InactivityPolicy policy, SweepSettings settings, Clock clock, Executor sideWork) {
        this.sweeps = sweeps;
        this.notifications = notifications;
        this.drafts = drafts;
        this.email = email;
        this.changes = changes;
        this.usage = usage;
        this.transactions = transactions;
        this.audit = audit;
        this.policy = policy;
        this.settings = settings;
        this.messages = new ExpiryMessages(policy.window());
        this.clock = clock;
        this.sideWork = sideWork;
    }

    @Override
    public SweepResult sweep(Caller caller) {
        if (caller.type() != ActorType.SYSTEM) {
            caller.requireOperator();
        }
        // Uses this instance has only coalesced so far count too; other instances write near-deadline uses at once.
        usage.flush();
        if (!sweeps.tryLock()) {
            return SweepResult.skippedSweep();
        }
        try {
            Instant now = clock.instant();
            UUID sweepId = UUID.randomUUID();
            Settled settled = settle(now);
            List<CompletableFuture<Integer>> expiring = new ArrayList<>();
            for (int worker = 0; worker < settings.expiryWorkers(); worker++) {
                KeySlice slice = new KeySlice(worker, settings.expiryWorkers());
                expiring.add(CompletableFuture.supplyAsync(() -> expireInactive(now, slice), sideWork));
            }
            int warnings;
            try {
                warnings = warnAll(now, sweepId);
            } catch (RuntimeException e) {
                // The lock must outlive the expiry workers too; their failure rides along with this one.
                try {
                    awaitAll(expiring);
                } catch (RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
                throw e;
            }
            int expired = awaitAll(expiring);
            int emails = queueEmails();
            return new SweepResult(false, warnings, settled.expired() + expired, settled.revoked(), emails);
        } finally {
            sweeps.unlock();
        }
    }

    /** Keys whose absolute expiry date or grace period has passed: stored as EXPIRED or REVOKED, hash kept. */
    private Settled settle(Instant now) {
        int expired = 0;
        int revoked = 0;
        ApiKeyId after = null;
        while (true) {
            ApiKeyId from = after;
            SettleBatch batch = transactions.inTransaction(() -> settleBatch(now, from));
            expired += batch.expired();
            revoked += batch.revoked();
            if (batch.read() < settings.batchSize()) {
                return new Settled(expired, revoked);
            }
            after = batch.last();
        }
    }

    private SettleBatch settleBatch(Instant now, ApiKeyId after) {
        List<SweepCandidate> found = sweeps.lockKeysToSettle(now, after, settings.batchSize());
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
                expiredEvents.add(entry(key, candidate, Map.of("reason", "expiresAt",
                        "expiresAt", key.expiresAt().toString())));
                posted.add(Notification.post(key.accountId(), NotificationKind.KEY_EXPIRED, messages.expiredTitle(key),
                        messages.expiredOnDateBody(key, candidate.productName()), key.id(), key.product(),
                        ExpiryMessages.day(key.expiresAt()), now));
            } else {
                revokedEvents.add(entry(key, candidate, Map.of("reason", "gracePeriodEnded",
                        "gracePeriodEnded", key.graceUntil().toString(), "replacedBy", key.replacedBy().toString())));
            }
        }
        record(expiredEvents, revokedEvents, posted, stored);
        return new SettleBatch(found.size(), found.isEmpty() ? after : found.get(found.size() - 1).key().id(),
                expiredEvents.size(), revokedEvents.size());
    }

    /**
     * Keys of one slice idle for the whole window: EXPIRED (hash kept), unless a use reached the database
     * meanwhile.
     */
    private int expireInactive(Instant now, KeySlice slice) {
        Instant cutoff = policy.latestActivityDue(now);
        int expired = 0;
        ActivityCursor after = null;
        while (true) {
            ActivityCursor from = after;
            Batch batch = transactions.inTransaction(() -> expireBatch(now, cutoff, slice, from));
            expired += batch.done();
            if (batch.read() < settings.batchSize()) {
                return expired;
            }
            after = batch.last();
        }
    }

    private Batch expireBatch(Instant now, Instant cutoff, KeySlice slice, ActivityCursor after) {
        List<SweepCandidate> found = sweeps.lockInactiveKeys(cutoff, slice, after, settings.batchSize());
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
            events.add(entry(key, candidate, Map.of("reason", "inactivity", "lastActivity", lastActivity.toString())));
            posted.add(Notification.post(key.accountId(), NotificationKind.KEY_EXPIRED, messages.expiredTitle(key),
                    messages.expiredForInactivityBody(key, candidate.productName(), lastActivity), key.id(),
                    key.product(), ExpiryMessages.day(now), now));
        }
        record(events, List.of(), posted, stored);
        return new Batch(found.size(), cursorAfter(found, after), events.size());
    }

    private int warnAll(Instant now, UUID sweepId) {
        int warnings = 0;
        for (WarningBand band : policy.warningBands(now)) {
            warnings += warn(band, now, sweepId);
        }
        return warnings;
    }

    /** The workers' total; waits for every one of them, then throws the first failure with the others suppressed. */
    private static int awaitAll(List<CompletableFuture<Integer>> workers) {
        int total = 0;
        RuntimeException failure = null;
        for (CompletableFuture<Integer> work : workers) {
            try {
                total += work.join();
            } catch (CompletionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime : e;
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return total;
    }

    /** Keys in one warning stage that were not warned at this stage (or a later one) in their current window. */
    private int warn(WarningBand band, Instant now, UUID sweepId) {
        int warned = 0;
        ActivityCursor after = null;
        while (true) {
            ActivityCursor from = after;
            Batch batch = transactions.inTransaction(() -> warnBatch(band, now, sweepId, from));
            warned += batch.done();
            if (batch.read() < settings.batchSize()) {
                return warned;
            }
            after = batch.last();
        }
    }

    private Batch warnBatch(WarningBand band, Instant now, UUID sweepId, ActivityCursor after) {
        List<SweepCandidate> found = sweeps.lockKeysToWarn(band.activityAfter(), band.activityUpTo(), band.lead(),
                after, settings.batchSize());
        Map<ApiKeyId, SweepCandidate> byId = new LinkedHashMap<>();
        List<Warned> warnings = new ArrayList<>();
        for (SweepCandidate candidate : found) {
            Instant activity = policy.lastActivity(candidate.key());
            Set<Duration> sent = activity.equals(candidate.warnedActivity()) && candidate.warnedLead() != null
                    ? Set.of(candidate.warnedLead()) : Set.of();
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
            events.add(entry(key, candidate, Map.of("leadTime", warning.lead().toString(),
                    "lastActivity", warning.activity().toString(), "expiresAt", expiresAt.toString())));
            posted.add(Notification.post(key.accountId(), NotificationKind.KEY_EXPIRY_WARNING,
                    messages.warningTitle(key, expiresAt),
                    messages.warningBody(key, candidate.productName(), warning.activity(), expiresAt), key.id(),
                    key.product(), ExpiryMessages.day(expiresAt), now));
            lines.computeIfAbsent(key.accountId(), account -> new ArrayList<>())
                    .add(messages.emailLine(key, candidate.productName(), warning.activity(), expiresAt));
            subjects.putIfAbsent(key.accountId(), messages.emailSubject(candidate.accountName()));
        }
        if (!posted.isEmpty()) {
            notifications.insertNotifications(posted);
        }
        audit.recordAll(SYSTEM, AuditAction.KEY_EXPIRY_WARNED, "key", events);
        if (!lines.isEmpty()) {
            drafts.appendToDrafts(sweepId, lines.entrySet().stream()
                    .map(e -> new DraftLines(e.getKey(), subjects.get(e.getKey()), e.getValue())).toList(),
                    settings.maxKeysPerEmail());
        }
        return new Batch(found.size(), cursorAfter(found, after), events.size());
    }

    /** Hands every draft to the outbox, also those a crashed sweep left behind; each is deleted as it goes. */
    private int queueEmails() {
        int queued = 0;
        while (true) {
            Queued done = transactions.inTransaction(() -> {
                Optional<Draft> next = drafts.lockNextDraft();
                if (next.isEmpty()) {
                    return Queued.NONE_LEFT;
                }
                Draft draft = next.get();
                Queued outcome = Queued.NOBODY_TO_TELL;
                if (!draft.recipients().isEmpty()) {
                    email.send(new EmailMessage(MessageKind.EXPIRY_WARNING, draft.recipients(), draft.subject(),
                            messages.emailBody(draft)));
                    outcome = Queued.QUEUED;
                }
                drafts.deleteDraft(draft.id());
                return outcome;
            });
            if (done == Queued.NONE_LEFT) {
                return queued;
            }
            if (done == Queued.QUEUED) {
                queued++;
            }
        }
    }

    private void record(List<AuditTrail.Entry> expired, List<AuditTrail.Entry> revoked, List<Notification> posted,
            Set<ApiKeyId> changed) {
        audit.recordAll(SYSTEM, AuditAction.KEY_EXPIRED, "key", expired);
        audit.recordAll(SYSTEM, AuditAction.KEY_REVOKED, "key", revoked);
        if (!posted.isEmpty()) {
            notifications.insertNotifications(posted);
        }
        if (!changed.isEmpty()) {
            changes.keysChanged(changed);
        }
    }

    /** When the key expires unless used: its inactivity deadline, or its absolute expiry date if that is sooner. */
    private Instant expiresAt(ApiKey key) {
        Instant deadline = policy.deadline(key);
        return key.expiresAt() != null && key.expiresAt().isBefore(deadline) ? key.expiresAt() : deadline;
    }

    private ActivityCursor cursorAfter(List<SweepCandidate> found, ActivityCursor previous) {
        if (found.isEmpty()) {
            return previous;
        }
        ApiKey last = found.get(found.size() - 1).key();
        return new ActivityCursor(policy.lastActivity(last), last.id());
    }

    /** An audit event about a key: what it is (never its secret or hash) plus the sweep's facts. */
    private static AuditTrail.Entry entry(ApiKey key, SweepCandidate candidate, Map<String, String> facts) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("product", key.product().value());
        details.put("name", key.name().value());
        details.put("hint", key.hint().toString());
        details.put("status", key.status().name());
        details.putAll(facts);
        return new AuditTrail.Entry(key.id(), key.accountId(), details);
    }

    private enum Queued { QUEUED, NOBODY_TO_TELL, NONE_LEFT }

    private record Batch(int read, ActivityCursor last, int done) {
    }

    private record SettleBatch(int read, ApiKeyId last, int expired, int revoked) {
    }

    private record Settled(int expired, int revoked) {
    }
}
