package dev.keysmith.domain.audit;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.shared.Require;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One append-only record of a change or a security-relevant failure. Details are short facts (names,
 * states, counts); a secret, a PIN or a password never goes into one.
 */
public record AuditEvent(
        UUID id,
        Instant occurredAt,
        ActorType actorType,
        String actorId,
        AuditAction action,
        String targetType,
        String targetId,
        AccountId accountId,
        String clientIp,
        Map<String, String> details) {

    public AuditEvent {
        Require.present(id, "id");
        Require.present(occurredAt, "occurredAt");
        Require.present(actorType, "actorType");
        Require.present(action, "action");
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(details));
    }
}
