package dev.keysmith.application.support;

import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.application.port.out.ExpirySweepPort;
import dev.keysmith.application.port.out.InvitationPort;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.MembershipPort;
import dev.keysmith.application.port.out.NotificationPort;
import dev.keysmith.application.port.out.OperatorInvitationPort;
import dev.keysmith.application.port.out.ProductAccessPort;
import dev.keysmith.application.port.out.SaveProductPort;
import dev.keysmith.application.port.out.SignInAttemptsPort;
import dev.keysmith.application.port.out.UsageRecorderPort;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.application.port.out.WarningEmailDraftPort;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import java.util.function.Supplier;

/** The in-memory fakes the service tests use, as the port contracts see them. */
public final class InMemoryPorts implements PortsUnderTest {

    public final InMemoryStore store = new InMemoryStore();
    public final InMemoryKeys keys = new InMemoryKeys();
    public final InMemorySweeps sweeps = new InMemorySweeps();
    public final InMemoryIntegrators integrators = new InMemoryIntegrators();
    public final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    public final InMemoryDefaultProducts defaults = new InMemoryDefaultProducts(store, keys);

    @Override
    public UserPort users() {
        return store;
    }

    @Override
    public AccountPort accounts() {
        return store;
    }

    @Override
    public MembershipPort memberships() {
        return store;
    }

    @Override
    public InvitationPort invitations() {
        return store;
    }

    @Override
    public OperatorInvitationPort operatorInvitations() {
        return store;
    }

    @Override
    public AuditLogPort auditLog() {
        return store;
    }

    @Override
    public SignInAttemptsPort signInAttempts() {
        return store;
    }

    @Override
    public ApiKeyPort keys() {
        return keys;
    }

    @Override
    public LoadProductPort loadProducts() {
        return keys;
    }

    @Override
    public SaveProductPort saveProducts() {
        return keys;
    }

    @Override
    public ProductAccessPort productAccess() {
        return keys;
    }

    @Override
    public NotificationPort notifications() {
        return sweeps;
    }

    @Override
    public ExpirySweepPort expirySweeps() {
        return sweeps;
    }

    @Override
    public UsageRecorderPort usageRecorder() {
        return sweeps;
    }

    @Override
    public WarningEmailDraftPort warningEmailDrafts() {
        return sweeps;
    }

    /** The fakes check before they change anything, so a refused change leaves nothing to roll back. */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
