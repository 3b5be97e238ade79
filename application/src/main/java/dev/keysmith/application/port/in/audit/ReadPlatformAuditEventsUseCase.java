package dev.keysmith.application.port.in.audit;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.domain.audit.AuditEvent;

/**
 * An operator reads the whole platform's audit trail, newest first, filtered by action and key: every account's
 * events and those of no account (operator actions such as catalogue changes).
 */
public interface ReadPlatformAuditEventsUseCase {

    Page<AuditEvent> readPlatformEvents(Caller caller, String action, String keyId, String after, Integer limit);
}
