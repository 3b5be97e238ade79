package dev.keysmith.application.audit;

import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.audit.ReadAuditEventsUseCase;
import dev.keysmith.application.port.in.audit.ReadPlatformAuditEventsUseCase;
import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.application.port.out.AuditLogPort.PositionedEvent;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.shared.InvalidValueException;
import java.util.List;

/** Reads the audit trail: an account's for its admins, the whole platform's for operators. */
public final class AuditLogService implements ReadAuditEventsUseCase, ReadPlatformAuditEventsUseCase {

    private final AuditLogPort log;
    private final AccountGate gate;

    public AuditLogService(AuditLogPort log, AccountGate gate) {
        this.log = log;
        this.gate = gate;
    }

    @Override
    public Page<AuditEvent> readEvents(ReadAuditEventsQuery request) {
        Caller caller = request.caller();
        AccountId accountId = request.account();
        Query query = Query.of(request.action(), request.key(), request.after(), request.limit());
        Account account = gate.requireRole(caller, accountId, Role.ADMIN);
        return query.read(log, account.id());
    }

    @Override
    public Page<AuditEvent> readPlatformEvents(ReadPlatformAuditEventsQuery request) {
        Caller caller = request.caller();
        Query query = Query.of(request.action(), request.key(), request.after(), request.limit());
        caller.requireOperator();
        return query.read(log, null);
    }

    /** The filters and page of a read, checked before anything is looked up. */
    private record Query(AuditAction action, String target, Long cursor, int size) {

        static Query of(AuditAction action, ApiKeyId key, String after, Integer limit) {
            int size = Page.limit(limit);
            String target = key == null ? null : key.toString();
            return new Query(action, target, parseCursor(after), size);
        }

        Page<AuditEvent> read(AuditLogPort log, AccountId account) {
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
}
