package dev.keysmith.bootstrap.wiring;

import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.expiry.ExpirySweepService;
import dev.keysmith.application.expiry.SweepSettings;
import dev.keysmith.application.notification.NotificationService;
import dev.keysmith.application.port.out.ExpirySweepPort;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.NotificationPort;
import dev.keysmith.application.port.out.SendEmailPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.port.out.UsageRecorderPort;
import dev.keysmith.application.port.out.WarningEmailDraftPort;
import dev.keysmith.domain.key.InactivityPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the inactivity sweeper and the notification service. */
public class ExpiryWiring {

    @Produces
    @Singleton
    SweepSettings sweepSettings(@ConfigProperty(name = "keysmith.expiry.batch-size", defaultValue = "1000") int batchSize,
            @ConfigProperty(name = "keysmith.expiry.max-keys-per-email", defaultValue = "200") int maxKeysPerEmail,
            @ConfigProperty(name = "keysmith.expiry.expiry-workers", defaultValue = "2") int expiryWorkers) {
        return new SweepSettings(batchSize, maxKeysPerEmail, expiryWorkers);
    }

    @Produces
    @Singleton
    ExpirySweepService expirySweepService(ExpirySweepPort sweeps, NotificationPort notifications,
            WarningEmailDraftPort drafts, SendEmailPort email, KeyChangedPort changes, UsageRecorderPort usage,
            TransactionPort transactions, AuditTrail audit, InactivityPolicy policy, SweepSettings settings,
            Clock clock) {
        return new ExpirySweepService(sweeps, notifications, drafts, email, changes, usage, transactions, audit,
                policy, settings, clock, ExpiryWiring::expiryThread);
    }

    /**
     * Each expiry worker of a sweep runs on a thread of its own, started per sweep (one an hour): a plain
     * platform thread, so no request context or transaction of the caller travels with it; each batch opens its own.
     */
    private static void expiryThread(Runnable work) {
        Thread thread = new Thread(work, "keysmith-sweep-expiry");
        thread.setDaemon(true);
        thread.start();
    }

    @Produces
    @Singleton
    NotificationService notificationService(NotificationPort notifications, AccountGate gate,
            TransactionPort transactions, Clock clock) {
        return new NotificationService(notifications, gate, transactions, clock);
    }
}
