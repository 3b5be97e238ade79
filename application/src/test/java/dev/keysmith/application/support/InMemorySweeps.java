package dev.keysmith.application.support;

import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.application.port.out.ExpirySweepPort;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.NotificationPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.port.out.UsageRecorderPort;
import dev.keysmith.application.port.out.WarningEmailDraftPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyBuilder;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The sweeper's storage in memory, with the same selection and re-check rules as the SQL, and transactions
 * that really roll back: a failure inside {@link #inTransaction} restores every table as it was, so tests can
 * crash a sweep half-way and rerun it.
 */
public final class InMemorySweeps
        implements ExpirySweepPort,
                NotificationPort,
                WarningEmailDraftPort,
                KeyChangedPort,
                AuditLogPort,
                UsageRecorderPort,
                TransactionPort {

    /** A stored key and what the sweeper keeps beside it. */
    public record Row(ApiKey key, String productName, String accountName, Instant warnedActivity, Duration warnedLead) {
        Instant activity() {
            return key.lastUsedAt() != null ? key.lastUsedAt() : key.createdAt();
        }
    }

    /** One warning email draft. */
    public record Email(
            UUID id,
            UUID sweepId,
            AccountId account,
            List<String> recipients,
            String subject,
            List<String> lines,
            int lineCount) {}

    public Map<ApiKeyId, Row> rows = new LinkedHashMap<>();
    public List<Notification> notifications = new ArrayList<>();
    public List<Email> drafts = new ArrayList<>();
    public List<AuditEvent> events = new ArrayList<>();
    public List<ApiKeyId> changed = new ArrayList<>();
    public final Map<AccountId, List<String>> recipients = new LinkedHashMap<>();
    public int flushes;
    public boolean lockedElsewhere;
    public boolean locked;
    /** Runs between reading a batch of inactive keys and storing them, like a use on another instance would. */
    public Runnable afterInactiveKeysRead = () -> {};
    /** Throws to crash the sweep inside a transaction. */
    public Runnable beforeNotificationsInserted = () -> {};

    public void add(ApiKey key, String productName, String accountName) {
        rows.put(key.id(), new Row(key, productName, accountName, null, null));
    }

    public ApiKey key(ApiKeyId id) {
        return rows.get(id).key();
    }

    public List<AuditAction> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Map<ApiKeyId, Row> rowsBefore = new LinkedHashMap<>(rows);
        List<Notification> notificationsBefore = new ArrayList<>(notifications);
        List<Email> draftsBefore = new ArrayList<>(drafts);
        List<AuditEvent> eventsBefore = new ArrayList<>(events);
        List<ApiKeyId> changedBefore = new ArrayList<>(changed);
        try {
            return work.get();
        } catch (RuntimeException e) {
            rows = rowsBefore;
            notifications = notificationsBefore;
            drafts = draftsBefore;
            events = eventsBefore;
            changed = changedBefore;
            throw e;
        }
    }

    @Override
    public boolean tryLock() {
        if (lockedElsewhere || locked) {
            return false;
        }
        locked = true;
        return true;
    }

    @Override
    public void unlock() {
        locked = false;
    }

    @Override
    public List<SweepCandidate> lockKeysToSettle(Instant now, ApiKeyId after, int limit) {
        return rows.values().stream()
                .filter(r -> r.key().status().isLive())
                .filter(r -> r.key().replacedBy() != null
                                && !now.isBefore(r.key().graceUntil())
                        || r.key().expiresAt() != null && !now.isBefore(r.key().expiresAt()))
                .sorted(Comparator.comparing(r -> r.key().id().value().toString()))
                .filter(r -> after == null
                        || r.key()
                                        .id()
                                        .value()
                                        .toString()
                                        .compareTo(after.value().toString())
                                > 0)
                .limit(limit)
                .map(InMemorySweeps::candidate)
                .toList();
    }

    @Override
    public List<SweepCandidate> lockInactiveKeys(Instant cutoff, KeySlice slice, ActivityCursor after, int limit) {
        List<SweepCandidate> found = inActivityOrder(after)
                .filter(r -> slice.contains(r.key().id().value()))
                .filter(r -> !r.activity().isAfter(cutoff))
                .limit(limit)
                .map(InMemorySweeps::candidate)
                .toList();
        afterInactiveKeysRead.run();
        return found;
    }

    @Override
    public List<SweepCandidate> lockKeysToWarn(
            Instant activityAfter, Instant activityUpTo, Duration lead, ActivityCursor after, int limit) {
        return inActivityOrder(after)
                .filter(r -> r.key().replacedBy() == null)
                .filter(r ->
                        r.activity().isAfter(activityAfter) && !r.activity().isAfter(activityUpTo))
                .filter(r -> !(r.activity().equals(r.warnedActivity())
                        && r.warnedLead().compareTo(lead) <= 0))
                .limit(limit)
                .map(InMemorySweeps::candidate)
                .toList();
    }

    private java.util.stream.Stream<Row> inActivityOrder(ActivityCursor after) {
        // Ids in PostgreSQL's uuid order (byte by byte, that of the text), not UUID.compareTo's.
        Comparator<Row> order = Comparator.comparing(Row::activity)
                .thenComparing(r -> r.key().id().value().toString());
        return rows.values().stream()
                .filter(r -> r.key().status().isLive())
                .sorted(order)
                .filter(r -> after == null
                        || r.activity().isAfter(after.activity())
                        || r.activity().equals(after.activity())
                                && r.key()
                                                .id()
                                                .value()
                                                .toString()
                                                .compareTo(after.id().value().toString())
                                        > 0);
    }

    @Override
    public List<ApiKeyId> storeSettled(List<ApiKey> settled) {
        List<ApiKeyId> stored = new ArrayList<>();
        for (ApiKey key : settled) {
            Row row = rows.get(key.id());
            if (row.key().status().isLive()) {
                rows.put(
                        key.id(),
                        new Row(
                                nextVersion(key, row),
                                row.productName(),
                                row.accountName(),
                                row.warnedActivity(),
                                row.warnedLead()));
                stored.add(key.id());
            }
        }
        return stored;
    }

    @Override
    public List<ApiKeyId> storeExpired(List<ApiKey> expired, Instant cutoff) {
        List<ApiKeyId> stored = new ArrayList<>();
        for (ApiKey key : expired) {
            Row row = rows.get(key.id());
            if (row.key().status().isLive() && !row.activity().isAfter(cutoff)) {
                rows.put(
                        key.id(),
                        new Row(
                                nextVersion(key, row),
                                row.productName(),
                                row.accountName(),
                                row.warnedActivity(),
                                row.warnedLead()));
                stored.add(key.id());
            }
        }
        return stored;
    }

    @Override
    public List<ApiKeyId> storeWarned(List<Warned> warned) {
        List<ApiKeyId> stored = new ArrayList<>();
        for (Warned warning : warned) {
            Row row = rows.get(warning.key());
            if (row.key().status().isLive() && row.activity().equals(warning.activity())) {
                rows.put(
                        warning.key(),
                        new Row(row.key(), row.productName(), row.accountName(), warning.activity(), warning.lead()));
                stored.add(warning.key());
            }
        }
        return stored;
    }

    /** A stored change bumps the version, as the SQL does. */
    private static ApiKey nextVersion(ApiKey changed, Row row) {
        return ApiKeyBuilder.from(changed).withVersion(row.key().version() + 1).build();
    }

    private static SweepCandidate candidate(Row row) {
        return new SweepCandidate(
                row.key(), row.productName(), row.accountName(), row.warnedActivity(), row.warnedLead());
    }

    @Override
    public void insertNotifications(List<Notification> posted) {
        beforeNotificationsInserted.run();
        notifications.addAll(posted);
    }

    @Override
    public List<Notification> loadNotifications(
            AccountId account, boolean unreadOnly, NotificationCursor after, int limit) {
        // Ties broken by id in PostgreSQL's uuid order (byte by byte, that of the text), not UUID.compareTo's.
        Comparator<Notification> newestFirst = Comparator.comparing(Notification::createdAt)
                .thenComparing(n -> n.id().value().toString())
                .reversed();
        return notifications.stream()
                .filter(n -> n.accountId().equals(account))
                .filter(n -> !unreadOnly || !n.isRead())
                .sorted(newestFirst)
                .filter(n -> after == null
                        || n.createdAt().isBefore(after.createdAt())
                        || n.createdAt().equals(after.createdAt())
                                && n.id().value()
                                                .toString()
                                                .compareTo(after.id().value().toString())
                                        < 0)
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<Notification> loadNotification(NotificationId id) {
        return notifications.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    @Override
    public void updateNotification(Notification notification) {
        notifications.replaceAll(n -> n.id().equals(notification.id()) ? notification : n);
    }

    @Override
    public void appendToDrafts(UUID sweepId, List<DraftLines> emails, int maxLines) {
        for (DraftLines email : emails) {
            appendToEmail(sweepId, email.account(), email.subject(), email.lines(), maxLines);
        }
    }

    private void appendToEmail(UUID sweepId, AccountId account, String subject, List<String> lines, int maxLines) {
        for (int i = 0; i < drafts.size(); i++) {
            Email email = drafts.get(i);
            if (email.sweepId().equals(sweepId) && email.account().equals(account)) {
                List<String> kept = new ArrayList<>(email.lines());
                kept.addAll(lines);
                drafts.set(
                        i,
                        new Email(
                                email.id(),
                                sweepId,
                                account,
                                email.recipients(),
                                email.subject(),
                                List.copyOf(kept.subList(0, Math.min(maxLines, kept.size()))),
                                email.lineCount() + lines.size()));
                return;
            }
        }
        drafts.add(new Email(
                UUID.randomUUID(),
                sweepId,
                account,
                recipients.getOrDefault(account, List.of()),
                subject,
                List.copyOf(lines.subList(0, Math.min(maxLines, lines.size()))),
                lines.size()));
    }

    @Override
    public Optional<Draft> lockNextDraft() {
        return drafts.stream()
                .findFirst()
                .map(e -> new Draft(e.id(), e.account(), e.recipients(), e.subject(), e.lines(), e.lineCount()));
    }

    @Override
    public void deleteDraft(UUID draftId) {
        drafts.removeIf(e -> e.id().equals(draftId));
    }

    @Override
    public void keyChanged(ApiKeyId key) {
        changed.add(key);
    }

    @Override
    public void append(AuditEvent event) {
        events.add(event);
    }

    @Override
    public List<PositionedEvent> loadEvents(
            AccountId account, AuditAction action, String targetId, Long afterCursor, int limit) {
        throw new UnsupportedOperationException("the sweeper never reads the trail");
    }

    /** A use reaching the database, as a write-through from any instance would. */
    @Override
    public void recordUse(ApiKey used, Instant at, boolean writeThrough) {
        ApiKeyId key = used.id();
        Row row = rows.get(key);
        rows.put(
                key,
                new Row(
                        row.key().recordUse(at),
                        row.productName(),
                        row.accountName(),
                        row.warnedActivity(),
                        row.warnedLead()));
    }

    @Override
    public void flush() {
        flushes++;
    }
}
