package dev.keysmith.adapters.persistence.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keysmith.application.port.out.AuditLogPort.PositionedEvent;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import java.io.UncheckedIOException;
import java.util.Map;

final class AuditEventMapper {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    private AuditEventMapper() {}

    static PositionedEvent toDomain(AuditEventJpaEntity entity) {
        return new PositionedEvent(
                entity.position,
                new AuditEvent(
                        entity.id,
                        entity.occurredAt,
                        entity.actorType,
                        entity.actorId,
                        action(entity),
                        entity.targetType,
                        entity.targetId,
                        entity.accountId == null ? null : new AccountId(entity.accountId),
                        entity.clientIp,
                        details(entity.details)));
    }

    static AuditEventJpaEntity toEntity(AuditEvent event) {
        AuditEventJpaEntity entity = new AuditEventJpaEntity();
        entity.id = event.id();
        entity.occurredAt = event.occurredAt();
        entity.actorType = event.actorType();
        entity.actorId = event.actorId();
        entity.action = event.action().name();
        entity.targetType = event.targetType();
        entity.targetId = event.targetId();
        entity.accountId = event.accountId() == null ? null : event.accountId().value();
        entity.clientIp = event.clientIp();
        entity.details = json(event.details());
        return entity;
    }

    /**
     * Every stored action was written from an {@link AuditAction}, whose constants are never renamed or removed, so
     * one this version does not know means a newer version wrote it or the row was changed by hand: say so loudly
     * rather than show it as something else.
     */
    private static AuditAction action(AuditEventJpaEntity entity) {
        try {
            return AuditAction.valueOf(entity.action);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "audit event " + entity.id + " has an action this version does not know: " + entity.action, e);
        }
    }

    private static String json(Map<String, String> details) {
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> details(String json) {
        try {
            return JSON.readValue(json, DETAILS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
