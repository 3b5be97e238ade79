package dev.keysmith.bootstrap.wiring;

import dev.keysmith.adapters.security.PepperedSecretSeal;
import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.delivery.DeliverySettings;
import dev.keysmith.application.delivery.KeyDeliveries;
import dev.keysmith.application.delivery.KeyDeliveryService;
import dev.keysmith.application.integrator.IntegratorService;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.IntegratorPort;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.KeyDeliveryPort;
import dev.keysmith.application.port.out.PhoneNumberPort;
import dev.keysmith.application.port.out.RandomTokenPort;
import dev.keysmith.application.port.out.SecretSealPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.bootstrap.config.InvalidSetting;
import dev.keysmith.bootstrap.config.KeysmithConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Builds the integrator service and the delivery of keys made for integrators, with the public URL and link
 * lifetime from the settings and the seal keyed by the pepper.
 */
public class IntegratorWiring {

    @Produces
    @Singleton
    IntegratorService integratorService(
            IntegratorPort integrators,
            PhoneNumberPort phones,
            AccountGate gate,
            KeyChangedPort changes,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        return new IntegratorService(integrators, phones, gate, changes, transactions, audit, clock);
    }

    @Produces
    @Singleton
    DeliverySettings deliverySettings(KeysmithConfig config) {
        return InvalidSetting.named(
                "keysmith.public-url, keysmith.delivery.ttl",
                () -> new DeliverySettings(config.publicUrl(), config.delivery().ttl()));
    }

    @Produces
    @Singleton
    SecretSealPort secretSeal(KeysmithConfig config) {
        return new PepperedSecretSeal(config.keys().pepper());
    }

    @Produces
    @Singleton
    KeyDeliveries keyDeliveries(
            IntegratorPort integrators,
            KeyDeliveryPort deliveries,
            SecretSealPort seal,
            RandomTokenPort random,
            DeliverySettings settings,
            AuditTrail audit,
            Clock clock) {
        return new KeyDeliveries(integrators, deliveries, seal, random, settings, audit, clock);
    }

    @Produces
    @Singleton
    KeyDeliveryService keyDeliveryService(
            KeyDeliveryPort deliveries,
            KeyDeliveries sender,
            ApiKeyPort keys,
            SecretSealPort seal,
            AccountGate gate,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        return new KeyDeliveryService(deliveries, sender, keys, seal, gate, transactions, audit, clock);
    }
}
