package dev.keysmith.bootstrap.wiring;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the verification service and the inactivity policy from configuration. */
public class VerificationWiring {

    @Produces
    @Singleton
    InactivityPolicy inactivityPolicy(@ConfigProperty(name = "keysmith.expiry.inactivity") String window,
            @ConfigProperty(name = "keysmith.expiry.warnings") String warnings) {
        return InactivityPolicy.parse(window, warnings);
    }

    @Produces
    @Singleton
    VerificationService verificationService(KeyHasherPort hasher, KeySnapshotPort snapshots, IpRangePort ipRanges,
            UsageRecorderPort usage, InactivityPolicy inactivity, KeyIssuingPolicy keys, Clock clock) {
        return new VerificationService(hasher, snapshots, ipRanges, usage, inactivity, keys.environment(), clock);
    }
}
