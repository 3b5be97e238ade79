package dev.keysmith.bootstrap.wiring;

import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.key.KeyImportService;
import dev.keysmith.application.key.KeyIssuingPolicy;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.IpRangePort;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.KeyHasherPort;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.ProductAccessPort;
import dev.keysmith.application.port.out.StoredDigestPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.user.PinService;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the import of legacy keys with the deployment's key settings. */
public class KeyImportWiring {

    @Produces
    @Singleton
    KeyImportService keyImportService(
            ApiKeyPort keys,
            LoadProductPort products,
            ProductAccessPort accesses,
            AccountGate gate,
            PinService pins,
            KeyHasherPort hasher,
            StoredDigestPort digests,
            IpRangePort ipRanges,
            KeyChangedPort changes,
            TransactionPort transactions,
            AuditTrail audit,
            KeyIssuingPolicy policy,
            Clock clock) {
        return new KeyImportService(
                keys,
                products,
                accesses,
                gate,
                pins,
                hasher,
                digests,
                ipRanges,
                changes,
                transactions,
                audit,
                policy,
                clock);
    }
}
