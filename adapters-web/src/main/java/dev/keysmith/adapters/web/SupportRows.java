package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.support.ViewAccountForSupportUseCase.SupportKey;
import dev.keysmith.domain.audit.AuditEvent;
import io.quarkus.qute.TemplateData;
import java.util.stream.Collectors;

/** The rows of the operators' support view: keys by hint, and audit events. */
final class SupportRows {

    private SupportRows() {}

    /** A key as support sees it: its hint, never more. */
    @TemplateData
    public record KeyHintRow(
            String id, String product, String name, String hint, String status, String created, String lastUsed) {

        static KeyHintRow of(SupportKey key) {
            return new KeyHintRow(
                    key.id().toString(),
                    key.product().value(),
                    key.name().value(),
                    key.hint().value(),
                    key.status().name(),
                    Moments.of(key.createdAt()),
                    key.lastUsedAt() == null ? "never" : Moments.of(key.lastUsedAt()));
        }
    }

    /** One event of the account's trail. */
    @TemplateData
    public record EventRow(String at, String actor, String action, String target, String details) {

        static EventRow of(AuditEvent event, String callerId) {
            String actor = event.actorId() != null && event.actorId().equals(callerId)
                    ? "you (operator)"
                    : event.actorType().name().toLowerCase(java.util.Locale.ROOT)
                            + (event.actorId() == null ? "" : " " + event.actorId());
            String target = event.targetType() == null
                    ? ""
                    : event.targetType() + (event.targetId() == null ? "" : " " + event.targetId());
            return new EventRow(
                    Moments.of(event.occurredAt()),
                    actor,
                    event.action().name(),
                    target,
                    event.details().entrySet().stream()
                            .map(d -> d.getKey() + "=" + d.getValue())
                            .collect(Collectors.joining(", ")));
        }
    }
}
