package dev.keysmith.application.integrator;

import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.integrator.ManageIntegratorsUseCase;
import dev.keysmith.application.port.out.IntegratorPort;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.PhoneNumberPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.integrator.IntegratorNotFoundException;
import dev.keysmith.domain.integrator.PhoneNumber;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Integrators of an account, kept by its ADMINs. A change of the active switch reaches verification like a key
 * change: every key made for the integrator is announced, so this instance drops them before answering and the
 * others when the notification arrives.
 */
public final class IntegratorService implements ManageIntegratorsUseCase {

    private final IntegratorPort integrators;
    private final PhoneNumberPort phones;
    private final AccountGate gate;
    private final KeyChangedPort changes;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public IntegratorService(
            IntegratorPort integrators,
            PhoneNumberPort phones,
            AccountGate gate,
            KeyChangedPort changes,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        this.integrators = integrators;
        this.phones = phones;
        this.gate = gate;
        this.changes = changes;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Integrator createIntegrator(CreateIntegratorCommand command) {
        Account account = gate.requireRole(command.caller(), command.account(), Role.ADMIN);
        PhoneNumber phone = phones.parse(command.phone());
        Integrator integrator =
                Integrator.create(account.id(), command.name(), command.email(), phone, clock.instant());
        return transactions.inTransaction(() -> {
            integrators.insertIntegrator(integrator);
            audit.record(
                    command.caller(),
                    AuditAction.INTEGRATOR_CREATED,
                    "integrator",
                    integrator.id(),
                    account.id(),
                    describe(integrator));
            return integrator;
        });
    }

    @Override
    public List<Integrator> listIntegrators(ListIntegratorsQuery query) {
        Account account = gate.requireRole(query.caller(), query.account(), Role.ADMIN);
        return integrators.loadIntegrators(account.id());
    }

    @Override
    public Integrator getIntegrator(GetIntegratorQuery query) {
        Account account = gate.requireRole(query.caller(), query.account(), Role.ADMIN);
        return integrators
                .loadIntegrator(query.integrator())
                .filter(i -> i.accountId().equals(account.id()))
                .orElseThrow(() -> new IntegratorNotFoundException(query.integrator()));
    }

    @Override
    public Integrator changeIntegrator(ChangeIntegratorCommand command) {
        Account account = gate.requireRole(command.caller(), command.account(), Role.ADMIN);
        PhoneNumber phone = command.phone() == null ? null : phones.parse(command.phone());
        return transactions.inTransaction(() -> {
            Integrator current = integrators
                    .lockIntegrator(command.integrator())
                    .filter(i -> i.accountId().equals(account.id()))
                    .orElseThrow(() -> new IntegratorNotFoundException(command.integrator()));
            Integrator changed =
                    current.change(command.name(), command.email(), phone, command.active(), clock.instant());
            integrators.updateIntegrator(changed);
            Map<String, String> details = describe(changed);
            if (current.active() != changed.active()) {
                details.put("activeBefore", Boolean.toString(current.active()));
                // Their keys verify DISABLED (or again) from now on, on every instance.
                changes.keysChanged(integrators.keysOf(changed.id()));
            }
            audit.record(
                    command.caller(),
                    AuditAction.INTEGRATOR_CHANGED,
                    "integrator",
                    changed.id(),
                    account.id(),
                    details);
            return changed;
        });
    }

    private static Map<String, String> describe(Integrator integrator) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("name", integrator.name());
        details.put("email", integrator.email().value());
        details.put("phone", integrator.phone().value());
        details.put("active", Boolean.toString(integrator.active()));
        return details;
    }
}
