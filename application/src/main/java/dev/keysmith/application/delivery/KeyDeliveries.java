package dev.keysmith.application.delivery;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.out.IntegratorPort;
import dev.keysmith.application.port.out.KeyDeliveryPort;
import dev.keysmith.application.port.out.OutboxPort.Channel;
import dev.keysmith.application.port.out.RandomTokenPort;
import dev.keysmith.application.port.out.SecretSealPort;
import dev.keysmith.application.security.TokenDigest;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.integrator.IntegratorNotFoundException;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The part of the key lifecycle that concerns integrators, run inside the key service's transactions: ties a key
 * to its integrator and delivers it, a 256-bit link token by email and a 6-digit code by SMS. Only their digests
 * are stored (the code's bound to its token), the key itself sealed; the token and the code leave only in the
 * two messages and are never logged.
 */
public final class KeyDeliveries {

    /** Bytes of the link token: 256 bits. */
    static final int TOKEN_BYTES = 32;

    // The largest multiple of 1,000,000 below 2^32: draws above it are redrawn so every code is equally likely.
    private static final long CODE_DRAW_LIMIT = 4_294_000_000L;

    private final IntegratorPort integrators;
    private final KeyDeliveryPort deliveries;
    private final SecretSealPort seal;
    private final RandomTokenPort random;
    private final DeliverySettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    public KeyDeliveries(
            IntegratorPort integrators,
            KeyDeliveryPort deliveries,
            SecretSealPort seal,
            RandomTokenPort random,
            DeliverySettings settings,
            AuditTrail audit,
            Clock clock) {
        this.integrators = integrators;
        this.deliveries = deliveries;
        this.seal = seal;
        this.random = random;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account's integrator; 404 for one of another account. */
    public Integrator integratorOf(AccountId account, IntegratorId id) {
        return integrators
                .loadIntegrator(id)
                .filter(i -> i.accountId().equals(account))
                .orElseThrow(() -> new IntegratorNotFoundException(id));
    }

    /** The integrator a stored key was made for. */
    public Optional<Integrator> integratorOf(ApiKeyId key) {
        return integrators.integratorOf(key).flatMap(integrators::loadIntegrator);
    }

    /** In the key's transaction, after it was stored: ties it to the integrator. */
    public void assign(ApiKey key, Integrator integrator) {
        integrators.assignKey(key.id(), integrator.id());
    }

    /** In the key's transaction: delivers a new key (or a regenerated one) to its integrator. */
    public KeyDelivery deliver(Caller caller, Integrator integrator, ApiKey key, String secret) {
        return send(caller, integrator, key, seal.seal(secret));
    }

    /**
     * In a transaction: sends the key again with a new link and code, ending the links sent before. Needs the
     * sealed key of an unrevealed delivery.
     */
    public KeyDelivery resend(Caller caller, Integrator integrator, ApiKey key, KeyDelivery latest) {
        return send(caller, integrator, key, latest.sealedSecret());
    }

    /** In a transaction: ends the links of a key that died (revoked or replaced). */
    public void endDeliveries(ApiKeyId key) {
        Instant now = clock.instant();
        deliveries.lockUnfinishedDeliveries(key).forEach(d -> deliveries.updateDelivery(d.ended(now)));
    }

    private KeyDelivery send(Caller caller, Integrator integrator, ApiKey key, String sealedSecret) {
        Instant now = clock.instant();
        // A new link ends the older ones: only the latest message may reveal the key.
        deliveries.lockUnfinishedDeliveries(key.id()).forEach(d -> deliveries.updateDelivery(d.ended(now)));
        String token = random.newToken(TOKEN_BYTES);
        String code = newCode();
        KeyDelivery delivery = KeyDelivery.start(
                key.id(),
                integrator.id(),
                key.accountId(),
                TokenDigest.of(token),
                codeDigest(token, code),
                sealedSecret,
                now,
                now.plus(settings.ttl()));
        deliveries.insertDelivery(delivery);
        deliveries.queueMessage(
                delivery,
                Channel.EMAIL,
                integrator.email().value(),
                "Your API key for " + key.product().value(),
                "Hello " + integrator.name() + ",\n\n"
                        + "An API key was made for you: \"" + key.name().value() + "\" for "
                        + key.product().value()
                        + ".\n\nOpen this link and enter the 6-digit code we sent to your phone by SMS:\n\n  "
                        + settings.publicUrl() + "/reveal/" + token + "\n\n"
                        + "The link shows the key once and works until " + delivery.expiresAt() + ".\n"
                        + "If it has expired or was already used, ask your administrator to send you a new one.\n");
        deliveries.queueMessage(
                delivery,
                Channel.SMS,
                integrator.phone().value(),
                null,
                "Your Keysmith code: " + code + ". Enter it on the page of the link we emailed you. Never share it.");
        Map<String, String> details = new LinkedHashMap<>();
        details.put("deliveryId", delivery.id().toString());
        details.put("integratorId", integrator.id().toString());
        details.put("expiresAt", delivery.expiresAt().toString());
        audit.record(caller, AuditAction.KEY_DELIVERY_SENT, "key", key.id(), key.accountId(), details);
        return delivery;
    }

    /** The digest of a code, bound to its link: a code digest alone cannot be matched without the token. */
    static String codeDigest(String token, String code) {
        return TokenDigest.of(token + ":" + code);
    }

    private String newCode() {
        while (true) {
            long draw =
                    Integer.toUnsignedLong(ByteBuffer.wrap(random.newBytes(4)).getInt());
            if (draw < CODE_DRAW_LIMIT) {
                return String.format("%06d", draw % 1_000_000);
            }
        }
    }
}
