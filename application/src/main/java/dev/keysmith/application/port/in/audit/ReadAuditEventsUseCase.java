package dev.keysmith.application.port.in.audit;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.key.ApiKeyId;

/** An ADMIN reads the account's audit trail, newest first, filtered by action and key. */
public interface ReadAuditEventsUseCase {

    Page<AuditEvent> readEvents(ReadAuditEventsQuery query);

    /** {@code action} and {@code key} null: no filter; {@code after} and {@code limit} page the trail. */
    record ReadAuditEventsQuery(
            Caller caller, AccountId account, AuditAction action, ApiKeyId key, String after, Integer limit) {}
}
