package dev.keysmith.bootstrap.wiring;

import dev.keysmith.adapters.persistence.verify.SnapshotSettings;
import dev.keysmith.application.key.KeyIssuingPolicy;
import dev.keysmith.application.port.out.IpRangePort;
import dev.keysmith.application.port.out.KeyHasherPort;
import dev.keysmith.application.port.out.KeySnapshotPort;
import dev.keysmith.application.port.out.UsageRecorderPort;
import dev.keysmith.application.verify.VerificationService;
import dev.keysmith.domain.key.InactivityPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the verification service, its snapshot's settings and the inactivity policy from configuration. */
public class VerificationWiring {

    @Produces
    @Singleton
    InactivityPolicy inactivityPolicy(@ConfigProperty(name = "keysmith.expiry.inactivity") String window,
            @ConfigProperty(name = "keysmith.expiry.warnings") String warnings) {
        return InactivityPolicy.parse(window, warnings);
    }

    @Produces
    @Singleton
    SnapshotSettings snapshotSettings(@ConfigProperty(name = "keysmith.verification.cache-size") long cacheSize,
            @ConfigProperty(name = "keysmith.verification.max-staleness") Duration maxStaleness,
            @ConfigProperty(name = "keysmith.verification.database-timeout") Duration databaseTimeout) {
        return new SnapshotSettings(cacheSize, maxStaleness, databaseTimeout);
    }

    @Produces
    @Singleton
    VerificationService verificationService(KeyHasherPort hasher, KeySnapshotPort snapshots, IpRangePort ipRanges,
            UsageRecorderPort usage, InactivityPolicy inactivity, KeyIssuingPolicy keys, Clock clock) {
        return new VerificationService(hasher, snapshots, ipRanges, usage, inactivity, keys.environment(), clock);
    }
}
