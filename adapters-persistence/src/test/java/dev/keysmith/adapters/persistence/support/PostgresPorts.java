package dev.keysmith.adapters.persistence.support;

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
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** The PostgreSQL adapters as the port contracts see them, each piece of work in a JTA transaction of its own. */
@ApplicationScoped
public class PostgresPorts implements PortsUnderTest {

    private final UserPort users;
    private final AccountPort accounts;
    private final MembershipPort memberships;
    private final InvitationPort invitations;
    private final AuditLogPort auditLog;
    private final SignInAttemptsPort signInAttempts;
    private final ApiKeyPort keys;
    private final LoadProductPort loadProducts;
    private final SaveProductPort saveProducts;
    private final ProductAccessPort productAccess;
    private final OperatorInvitationPort operatorInvitations;
    private final NotificationPort notifications;
    private final ExpirySweepPort expirySweeps;
    private final UsageRecorderPort usageRecorder;
    private final WarningEmailDraftPort warningEmailDrafts;

    PostgresPorts(
            UserPort users,
            AccountPort accounts,
            MembershipPort memberships,
            InvitationPort invitations,
            AuditLogPort auditLog,
            SignInAttemptsPort signInAttempts,
            ApiKeyPort keys,
            LoadProductPort loadProducts,
            SaveProductPort saveProducts,
            ProductAccessPort productAccess,
            OperatorInvitationPort operatorInvitations,
            NotificationPort notifications,
            ExpirySweepPort expirySweeps,
            UsageRecorderPort usageRecorder,
            WarningEmailDraftPort warningEmailDrafts) {
        this.users = users;
        this.accounts = accounts;
        this.memberships = memberships;
        this.invitations = invitations;
        this.auditLog = auditLog;
        this.signInAttempts = signInAttempts;
        this.keys = keys;
        this.loadProducts = loadProducts;
        this.saveProducts = saveProducts;
        this.productAccess = productAccess;
        this.operatorInvitations = operatorInvitations;
        this.notifications = notifications;
        this.expirySweeps = expirySweeps;
        this.usageRecorder = usageRecorder;
        this.warningEmailDrafts = warningEmailDrafts;
    }

    @Override
    public UserPort users() {
        return users;
    }

    @Override
    public AccountPort accounts() {
        return accounts;
    }

    @Override
    public MembershipPort memberships() {
        return memberships;
    }

    @Override
    public InvitationPort invitations() {
        return invitations;
    }

    @Override
    public AuditLogPort auditLog() {
        return auditLog;
    }

    @Override
    public SignInAttemptsPort signInAttempts() {
        return signInAttempts;
    }

    @Override
    public ApiKeyPort keys() {
        return keys;
    }

    @Override
    public LoadProductPort loadProducts() {
        return loadProducts;
    }

    @Override
    public SaveProductPort saveProducts() {
        return saveProducts;
    }

    @Override
    public ProductAccessPort productAccess() {
        return productAccess;
    }

    @Override
    public OperatorInvitationPort operatorInvitations() {
        return operatorInvitations;
    }

    @Override
    public NotificationPort notifications() {
        return notifications;
    }

    @Override
    public ExpirySweepPort expirySweeps() {
        return expirySweeps;
    }

    @Override
    public UsageRecorderPort usageRecorder() {
        return usageRecorder;
    }

    @Override
    public WarningEmailDraftPort warningEmailDrafts() {
        return warningEmailDrafts;
    }

    /**
     * A new transaction: outside one a test would read through the request-scoped session, which keeps serving
     * the entities it loaded first and so would hide later commits.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
