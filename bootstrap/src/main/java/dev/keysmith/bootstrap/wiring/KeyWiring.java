package dev.keysmith.bootstrap.wiring;

import dev.keysmith.adapters.security.PepperedKeyHasher;
import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.delivery.KeyDeliveries;
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
import dev.keysmith.bootstrap.config.InvalidSetting;
import dev.keysmith.bootstrap.config.KeysmithConfig;
import dev.keysmith.domain.key.KeyEnvironment;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the key lifecycle service with the deployment's key settings, and the key hasher with the pepper. */
public class KeyWiring {

    @Produces
    @Singleton
    KeyIssuingPolicy keyIssuingPolicy(KeysmithConfig config) {
        KeysmithConfig.Keys keys = config.keys();
        return InvalidSetting.named(
                "keysmith.keys.environment, keysmith.keys.max-per-product",
                () -> new KeyIssuingPolicy(KeyEnvironment.fromText(keys.environment()), keys.maxPerProduct()));
    }

    @Produces
    @Singleton
    PepperedKeyHasher keyHasher(KeysmithConfig config) {
        // PepperedKeyHasher names the setting, never its value, when the pepper is too short.
        return new PepperedKeyHasher(config.keys().pepper());
    }

    @Produces
    @Singleton
    ApiKeyService apiKeyService(
            ApiKeyPort keys,
            LoadProductPort products,
            ProductAccessPort accesses,
            AccountGate gate,
            PinService pins,
            KeyHasherPort hasher,
            RandomTokenPort random,
            IpRangePort ipRanges,
            KeyChangedPort changes,
            TransactionPort transactions,
            AuditTrail audit,
            KeyIssuingPolicy policy,
            Clock clock,
            KeyDeliveries deliveries) {
        return new ApiKeyService(
                keys,
                products,
                accesses,
                gate,
                pins,
                hasher,
                random,
                ipRanges,
                changes,
                transactions,
                audit,
                policy,
                clock,
                deliveries);
    }
}
