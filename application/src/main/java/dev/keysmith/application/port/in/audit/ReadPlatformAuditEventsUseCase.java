package dev.keysmith.application.port.in.audit;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.key.ApiKeyId;

/**
 * An operator reads the whole platform's audit trail, newest first, filtered by action and key: every account's
 * events and those of no account (operator actions such as catalogue changes).
 */
public interface ReadPlatformAuditEventsUseCase {

    Page<AuditEvent> readPlatformEvents(ReadPlatformAuditEventsQuery query);

    /** {@code action} and {@code key} null: no filter; {@code after} and {@code limit} page the trail. */
    record ReadPlatformAuditEventsQuery(Caller caller, AuditAction action, ApiKeyId key, String after, Integer limit) {}
}
