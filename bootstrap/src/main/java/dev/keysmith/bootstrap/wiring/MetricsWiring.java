package dev.keysmith.bootstrap.wiring;

import dev.keysmith.application.expiry.ExpirySweepService;
import dev.keysmith.application.outbox.OutboxDeliveryService;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase;
import dev.keysmith.application.port.in.outbox.DeliverOutboxUseCase;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase;
import dev.keysmith.application.user.LoginService;
import dev.keysmith.application.verify.VerificationService;
import dev.keysmith.bootstrap.metrics.MeteredOutbox;
import dev.keysmith.bootstrap.metrics.MeteredSignIn;
import dev.keysmith.bootstrap.metrics.MeteredSweep;
import dev.keysmith.bootstrap.metrics.MeteredVerification;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The use cases every adapter calls, wrapped in their metrics (see {@code dev.keysmith.bootstrap.metrics}). */
public class MetricsWiring {

    @Produces
    @Singleton
    VerifyApiKeyUseCase verifications(VerificationService verifications, MeterRegistry registry) {
        return new MeteredVerification(verifications, registry);
    }

    @Produces
    @Singleton
    MeteredSignIn signIns(LoginService logins, MeterRegistry registry) {
        return new MeteredSignIn(logins, logins, registry);
    }

    @Produces
    @Singleton
    RunExpirySweepUseCase sweeps(ExpirySweepService sweeps, MeterRegistry registry) {
        return new MeteredSweep(sweeps, registry);
    }

    @Produces
    @Singleton
    DeliverOutboxUseCase outbox(OutboxDeliveryService outbox, MeterRegistry registry) {
        return new MeteredOutbox(outbox, registry);
    }
}
