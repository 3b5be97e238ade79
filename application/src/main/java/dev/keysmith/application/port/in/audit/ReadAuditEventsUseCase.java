package dev.keysmith.application.port.in.audit;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.AuditEvent;

/** An ADMIN reads the account's audit trail, newest first, filtered by action and key. */
public interface ReadAuditEventsUseCase {

    Page<AuditEvent> readEvents(Caller caller, AccountId account, String action, String keyId, String after,
            Integer limit);
}
