package dev.keysmith.bootstrap.wiring;

import dev.keysmith.application.account.SupportViewService;
import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.application.port.out.TransactionPort;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the operators' read-only, audited support view of an account. */
public class SupportWiring {

    @Produces
    @Singleton
    SupportViewService supportViewService(
            AccountPort accounts,
            ApiKeyPort keys,
            AuditLogPort log,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        return new SupportViewService(accounts, keys, log, transactions, audit, clock);
    }
}
