package dev.keysmith.application.audit;

import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.application.port.out.AuditLogPort.PositionedEvent;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.shared.InvalidValueException;
import java.util.List;

/**
 * The filters and page of a read of an audit trail, checked before anything is looked up: for the trail's own
 * readers and for the operators' support view.
 */
public record AuditQuery(AuditAction action, String target, Long cursor, int size) {

    public static AuditQuery of(AuditAction action, ApiKeyId key, String after, Integer limit) {
        int size = Page.limit(limit);
        String target = key == null ? null : key.toString();
        return new AuditQuery(action, target, parseCursor(after), size);
    }

    public Page<AuditEvent> read(AuditLogPort log, AccountId account) {
        List<PositionedEvent> found = log.loadEvents(account, action, target, cursor, size + 1);
        boolean more = found.size() > size;
        List<PositionedEvent> page = more ? found.subList(0, size) : found;
        return new Page<>(
                page.stream().map(PositionedEvent::event).toList(),
                more ? String.valueOf(page.get(page.size() - 1).position()) : null);
    }

    private static Long parseCursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("after", "after must be a cursor returned by a previous page");
        }
    }
}
