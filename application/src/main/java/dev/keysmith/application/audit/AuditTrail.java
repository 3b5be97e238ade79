package dev.keysmith.application.audit;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes audit events for the services: who (the caller), what, on which target, in which account. */
public final class AuditTrail {

    private final AuditLogPort log;
    private final Clock clock;

    public AuditTrail(AuditLogPort log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void record(
            Caller caller,
            AuditAction action,
            String targetType,
            Object targetId,
            AccountId account,
            Map<String, String> details) {
        log.append(new AuditEvent(
                UUID.randomUUID(),
                clock.instant(),
                caller.type(),
                caller.id(),
                action,
                targetType,
                targetId == null ? null : targetId.toString(),
                account,
                caller.clientIp(),
                details));
    }

    public void record(Caller caller, AuditAction action, String targetType, Object targetId, AccountId account) {
        record(caller, action, targetType, targetId, account, Map.of());
    }

    /** One event per entry, all by the same caller with the same action, written together. */
    public void recordAll(Caller caller, AuditAction action, String targetType, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        log.appendAll(entries.stream()
                .map(entry -> new AuditEvent(
                        UUID.randomUUID(),
                        now,
                        caller.type(),
                        caller.id(),
                        action,
                        targetType,
                        entry.targetId() == null ? null : entry.targetId().toString(),
                        entry.account(),
                        caller.clientIp(),
                        entry.details()))
                .toList());
    }

    /** What one of several events is about. */
    public record Entry(Object targetId, AccountId account, Map<String, String> details) {}
}
