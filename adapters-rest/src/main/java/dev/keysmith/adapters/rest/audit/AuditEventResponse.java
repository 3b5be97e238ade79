package dev.keysmith.adapters.rest.audit;

import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One entry of an account's audit trail: who did what to which thing, when and from where. */
public record AuditEventResponse(
        UUID id,
        Instant occurredAt,
        Actor actor,
        String action,
        Target target,
        UUID accountId,
        String clientIp,
        Map<String, String> details) {

    public static AuditEventResponse from(AuditEvent event) {
        Target target = event.targetType() == null && event.targetId() == null
                ? null
                : new Target(event.targetType(), event.targetId());
        return new AuditEventResponse(
                event.id(),
                event.occurredAt(),
                new Actor(event.actorType(), event.actorId()),
                event.action().name(),
                target,
                event.accountId() == null ? null : event.accountId().value(),
                event.clientIp(),
                event.details());
    }

    public record Actor(ActorType type, String id) {}

    public record Target(String type, String id) {}
}
