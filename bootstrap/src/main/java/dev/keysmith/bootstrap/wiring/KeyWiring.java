package dev.keysmith.bootstrap.wiring;

import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.key.ApiKeyService;
import dev.keysmith.application.key.KeyIssuingPolicy;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.IpRangePort;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.KeyHasherPort;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.ProductAccessPort;
import dev.keysmith.application.port.out.RandomTokenPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.user.PinService;
import dev.keysmith.domain.key.KeyEnvironment;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the key lifecycle service with the deployment's key settings. */
public class KeyWiring {

    @Produces
    @Singleton
    KeyIssuingPolicy keyIssuingPolicy(@ConfigProperty(name = "keysmith.keys.environment") String environment,
            @ConfigProperty(name = "keysmith.keys.max-per-product", defaultValue = "50") int maxPerProduct) {
        return new KeyIssuingPolicy(KeyEnvironment.fromText(environment), maxPerProduct);
    }

    @Produces
    @Singleton
    ApiKeyService apiKeyService(ApiKeyPort keys, LoadProductPort products, ProductAccessPort accesses,
            AccountGate gate, PinService pins, KeyHasherPort hasher, RandomTokenPort random, IpRangePort ipRanges,
            KeyChangedPort changes, TransactionPort transactions, AuditTrail audit, KeyIssuingPolicy policy,
            Clock clock) {
        return new ApiKeyService(keys, products, accesses, gate, pins, hasher, random, ipRanges, changes, transactions,
                audit, policy, clock);
    }
}
