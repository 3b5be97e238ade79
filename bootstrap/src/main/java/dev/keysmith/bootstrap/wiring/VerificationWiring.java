package dev.keysmith.bootstrap.wiring;

import dev.keysmith.adapters.persistence.verify.ListenerConnection;
import dev.keysmith.adapters.persistence.verify.SnapshotSettings;
import dev.keysmith.adapters.persistence.verify.UsageSettings;
import dev.keysmith.application.key.KeyIssuingPolicy;
import dev.keysmith.application.port.out.IpRangePort;
import dev.keysmith.application.port.out.KeyHasherPort;
import dev.keysmith.application.port.out.KeySnapshotPort;
import dev.keysmith.application.port.out.UsageRecorderPort;
import dev.keysmith.application.verify.VerificationService;
import dev.keysmith.bootstrap.config.InvalidSetting;
import dev.keysmith.bootstrap.config.KeysmithConfig;
import dev.keysmith.domain.key.InactivityPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;

/**
 * Builds the verification service, its snapshot's settings, the change listener's connection and the inactivity
 * policy from configuration.
 */
public class VerificationWiring {

    @Produces
    @Singleton
    InactivityPolicy inactivityPolicy(KeysmithConfig config) {
        KeysmithConfig.Expiry expiry = config.expiry();
        return InvalidSetting.named(
                "keysmith.expiry.inactivity, keysmith.expiry.warnings",
                () -> new InactivityPolicy(expiry.inactivity(), expiry.warnings()));
    }

    @Produces
    @Singleton
    SnapshotSettings snapshotSettings(KeysmithConfig config) {
        KeysmithConfig.Verification verification = config.verification();
        return InvalidSetting.named(
                "keysmith.verification.*",
                () -> new SnapshotSettings(
                        verification.cacheSize(), verification.maxStaleness(), verification.databaseTimeout()));
    }

    @Produces
    @Singleton
    UsageSettings usageSettings(KeysmithConfig config) {
        return InvalidSetting.named(
                "keysmith.usage.precision",
                () -> new UsageSettings(config.usage().precision()));
    }

    /** The change listener connects as the service does, from the standard datasource settings. */
    @Produces
    @Singleton
    ListenerConnection listenerConnection(Config config) {
        return new ListenerConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class));
    }

    @Produces
    @Singleton
    @Typed(VerificationService.class) // the use case itself is the metered one (MetricsWiring)
    VerificationService verificationService(
            KeyHasherPort hasher,
            KeySnapshotPort snapshots,
            IpRangePort ipRanges,
            UsageRecorderPort usage,
            InactivityPolicy inactivity,
            KeyIssuingPolicy keys,
            Clock clock) {
        return new VerificationService(hasher, snapshots, ipRanges, usage, inactivity, keys.environment(), clock);
    }
}
