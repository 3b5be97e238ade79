package dev.keysmith.bootstrap.wiring;

import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.delivery.KeyDeliveries;
import dev.keysmith.application.integrator.IntegratorService;
import dev.keysmith.application.port.out.IntegratorPort;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.PhoneNumberPort;
import dev.keysmith.application.port.out.TransactionPort;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the integrator service and the delivery of keys made for integrators. */
public class IntegratorWiring {

    @Produces
    @Singleton
    IntegratorService integratorService(
            IntegratorPort integrators,
            PhoneNumberPort phones,
            AccountGate gate,
            KeyChangedPort changes,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        return new IntegratorService(integrators, phones, gate, changes, transactions, audit, clock);
    }

    @Produces
    @Singleton
    KeyDeliveries keyDeliveries(IntegratorPort integrators) {
        return new KeyDeliveries(integrators);
    }
}
