package dev.keysmith.application.expiry;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.NotificationPort;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.notification.Notification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sweep batch writes beside the keys, in the batch's transaction: audit events by the system, the
 * owners' notifications, and the signal that drops changed keys from every verification snapshot.
 */
final class SweepJournal {

    private static final Caller SYSTEM = Caller.system();

    private final AuditTrail audit;
    private final NotificationPort notifications;
    private final KeyChangedPort changes;

    SweepJournal(AuditTrail audit, NotificationPort notifications, KeyChangedPort changes) {
        this.audit = audit;
        this.notifications = notifications;
        this.changes = changes;
    }

    /** Keys the sweep ended: their audit events, their owners' notifications, and the snapshots told. */
    void ended(
            List<AuditTrail.Entry> expired,
            List<AuditTrail.Entry> revoked,
            List<Notification> posted,
            Set<ApiKeyId> changed) {
        audit(AuditAction.KEY_EXPIRED, expired);
        audit(AuditAction.KEY_REVOKED, revoked);
        post(posted);
        if (!changed.isEmpty()) {
            changes.keysChanged(changed);
        }
    }

    void audit(AuditAction action, List<AuditTrail.Entry> events) {
        audit.recordAll(SYSTEM, action, "key", events);
    }

    void post(List<Notification> posted) {
        if (!posted.isEmpty()) {
            notifications.insertNotifications(posted);
        }
    }

    /** An audit event about a key: what it is (never its secret or hash) plus the sweep's facts. */
    static AuditTrail.Entry entry(ApiKey key, Map<String, String> facts) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("product", key.product().value());
        details.put("name", key.name().value());
        details.put("hint", key.hint().toString());
        details.put("status", key.status().name());
        details.putAll(facts);
        return new AuditTrail.Entry(key.id(), key.accountId(), details);
    }
}
