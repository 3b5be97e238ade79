package dev.keysmith.application.port.out.contract;

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
import java.util.function.Supplier;

/**
 * One implementation of the out ports as the contract tests see it (the in-memory fakes, or the PostgreSQL
 * adapters): its ports, and a way to run work in a transaction of its own that is committed when it returns.
 */
public interface PortsUnderTest {

    UserPort users();

    AccountPort accounts();

    MembershipPort memberships();

    InvitationPort invitations();

    OperatorInvitationPort operatorInvitations();

    AuditLogPort auditLog();

    SignInAttemptsPort signInAttempts();

    ApiKeyPort keys();

    LoadProductPort loadProducts();

    SaveProductPort saveProducts();

    ProductAccessPort productAccess();

    NotificationPort notifications();

    ExpirySweepPort expirySweeps();

    UsageRecorderPort usageRecorder();

    WarningEmailDraftPort warningEmailDrafts();

    /** Runs work in a transaction of its own, committed when it returns and rolled back if it throws. */
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
