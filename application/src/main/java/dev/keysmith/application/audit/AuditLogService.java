package dev.keysmith.application.audit;

import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.audit.ReadAuditEventsUseCase;
import dev.keysmith.application.port.in.audit.ReadPlatformAuditEventsUseCase;
import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.audit.AuditEvent;

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
        AuditQuery query = AuditQuery.of(request.action(), request.key(), request.after(), request.limit());
        Account account = gate.requireRole(caller, accountId, Role.ADMIN);
        return query.read(log, account.id());
    }

    @Override
    public Page<AuditEvent> readPlatformEvents(ReadPlatformAuditEventsQuery request) {
        Caller caller = request.caller();
        AuditQuery query = AuditQuery.of(request.action(), request.key(), request.after(), request.limit());
        caller.requireOperator();
        return query.read(log, null);
    }
}
