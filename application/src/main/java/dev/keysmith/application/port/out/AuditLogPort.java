package dev.keysmith.application.port.out;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import java.util.List;

/** The append-only audit trail: events can be added and read, never changed or removed. */
public interface AuditLogPort {

    void append(AuditEvent event);

    /** Appends many events at once (a sweep batch); adapters may write them in one statement. */
    default void appendAll(List<AuditEvent> events) {
        events.forEach(this::append);
    }

    /**
     * Events of an account (null: of the whole platform, including events of no account), newest first, optionally only one action and/or one target id, strictly older
     * than the event whose position is {@code afterCursor} (null: from the newest).
     */
    List<PositionedEvent> loadEvents(
            AccountId account, AuditAction action, String targetId, Long afterCursor, int limit);

    /** An event with its position in the trail, which serves as the page cursor. */
    record PositionedEvent(long position, AuditEvent event) {}
}
