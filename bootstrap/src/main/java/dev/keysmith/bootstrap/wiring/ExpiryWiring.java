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
import dev.keysmith.bootstrap.config.InvalidSetting;
import dev.keysmith.bootstrap.config.KeysmithConfig;
import dev.keysmith.domain.key.InactivityPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the inactivity sweeper and the notification service. */
public class ExpiryWiring {

    @Produces
    @Singleton
    SweepSettings sweepSettings(KeysmithConfig config) {
        KeysmithConfig.Expiry expiry = config.expiry();
        return InvalidSetting.named(
                "keysmith.expiry.batch-size, keysmith.expiry.max-keys-per-email, " + "keysmith.expiry.expiry-workers",
                () -> new SweepSettings(expiry.batchSize(), expiry.maxKeysPerEmail(), expiry.expiryWorkers()));
    }

    @Produces
    @Singleton
    @Typed(ExpirySweepService.class) // the use case itself is the metered one (MetricsWiring)
    ExpirySweepService expirySweepService(
            ExpirySweepPort sweeps,
            NotificationPort notifications,
            WarningEmailDraftPort drafts,
            SendEmailPort email,
            KeyChangedPort changes,
            UsageRecorderPort usage,
            TransactionPort transactions,
            AuditTrail audit,
            InactivityPolicy policy,
            SweepSettings settings,
            Clock clock) {
        return new ExpirySweepService(
                sweeps,
                notifications,
                drafts,
                email,
                changes,
                usage,
                transactions,
                audit,
                policy,
                settings,
                clock,
                ExpiryWiring::expiryThread);
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
    NotificationService notificationService(
            NotificationPort notifications, AccountGate gate, TransactionPort transactions, Clock clock) {
        return new NotificationService(notifications, gate, transactions, clock);
    }
}
