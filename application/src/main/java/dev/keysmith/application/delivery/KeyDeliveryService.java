package dev.keysmith.application.delivery;

import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.delivery.ManageKeyDeliveriesUseCase;
import dev.keysmith.application.port.in.delivery.RevealKeyUseCase;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.KeyDeliveryPort;
import dev.keysmith.application.port.out.SecretSealPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.security.TokenDigest;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.delivery.DeliveryAlreadyRevealedException;
import dev.keysmith.domain.delivery.DeliveryGoneException;
import dev.keysmith.domain.delivery.DeliveryNotFoundException;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.delivery.NotAnIntegratorKeyException;
import dev.keysmith.domain.delivery.WrongDeliveryCodeException;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyNotFoundException;
import dev.keysmith.domain.key.KeyAlreadyRevokedException;
import dev.keysmith.domain.key.KeyExpiredException;
import dev.keysmith.domain.key.KeyStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reveals delivered keys to their integrators and lets administrators follow and resend deliveries. A wrong code
 * is counted in a transaction that commits before the refusal is answered, so five wrong codes always end the
 * link however the caller retries.
 */
public final class KeyDeliveryService implements RevealKeyUseCase, ManageKeyDeliveriesUseCase {

    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{20,100}");
    private static final Pattern CODE_SHAPE = Pattern.compile("[0-9]{6}");

    private final KeyDeliveryPort deliveries;
    private final KeyDeliveries sender;
    private final ApiKeyPort keys;
    private final SecretSealPort seal;
    private final AccountGate gate;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public KeyDeliveryService(
            KeyDeliveryPort deliveries,
            KeyDeliveries sender,
            ApiKeyPort keys,
            SecretSealPort seal,
            AccountGate gate,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.keys = keys;
        this.seal = seal;
        this.gate = gate;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RevealedKey reveal(RevealKeyCommand command) {
        String token = command.token();
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            throw new DeliveryNotFoundException();
        }
        Caller caller = Caller.anonymous(command.clientIp());
        Outcome outcome = transactions.inTransaction(() -> {
            KeyDelivery delivery =
                    deliveries.lockDelivery(TokenDigest.of(token)).orElseThrow(DeliveryNotFoundException::new);
            Instant now = clock.instant();
            if (!delivery.open(now)) {
                throw new DeliveryGoneException();
            }
            ApiKey key = keys.loadKey(delivery.keyId()).orElseThrow(DeliveryGoneException::new);
            if (!key.effectiveStatus(now).isLive()) {
                deliveries.updateDelivery(delivery.ended(now));
                return Outcome.dead();
            }
            if (!matches(delivery, token, command.code())) {
                KeyDelivery counted = delivery.wrongCode(now);
                deliveries.updateDelivery(counted);
                audit.record(
                        caller,
                        AuditAction.KEY_DELIVERY_CODE_REFUSED,
                        "key",
                        key.id(),
                        key.accountId(),
                        Map.of(
                                "deliveryId",
                                delivery.id().toString(),
                                "wrongCodes",
                                Integer.toString(counted.wrongCodes())));
                return Outcome.wrong(KeyDelivery.MAX_WRONG_CODES - counted.wrongCodes());
            }
            String secret = seal.open(delivery.sealedSecret());
            deliveries.updateDelivery(delivery.revealed(now));
            audit.record(
                    caller,
                    AuditAction.KEY_DELIVERY_REVEALED,
                    "key",
                    key.id(),
                    key.accountId(),
                    Map.of("deliveryId", delivery.id().toString()));
            return Outcome.shown(new RevealedKey(key, secret));
        });
        if (outcome.gone()) {
            throw new DeliveryGoneException();
        }
        if (outcome.revealed() == null) {
            throw new WrongDeliveryCodeException(outcome.attemptsLeft());
        }
        return outcome.revealed();
    }

    @Override
    public void checkLink(CheckLinkQuery query) {
        String token = query.token();
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            throw new DeliveryNotFoundException();
        }
        KeyDelivery delivery =
                deliveries.findDelivery(TokenDigest.of(token)).orElseThrow(DeliveryNotFoundException::new);
        Instant now = clock.instant();
        boolean keyLive = keys.loadKey(delivery.keyId())
                .map(key -> key.effectiveStatus(now).isLive())
                .orElse(false);
        if (!delivery.open(now) || !keyLive) {
            throw new DeliveryGoneException();
        }
    }

    @Override
    public KeyDelivery currentDelivery(GetKeyDeliveryQuery query) {
        Account account = gate.requireRole(query.caller(), query.account(), Role.ADMIN);
        keys.loadKey(query.key())
                .filter(k -> k.accountId().equals(account.id()))
                .orElseThrow(() -> new ApiKeyNotFoundException(query.key()));
        return deliveries.latestDelivery(query.key()).orElseThrow(DeliveryNotFoundException::new);
    }

    @Override
    public KeyDelivery resendDelivery(ResendKeyDeliveryCommand command) {
        Account account = gate.requireRole(command.caller(), command.account(), Role.ADMIN);
        account.requireApproved("manage keys");
        return transactions.inTransaction(() -> {
            ApiKey key = keys.lockKey(command.key())
                    .filter(k -> k.accountId().equals(account.id()))
                    .orElseThrow(() -> new ApiKeyNotFoundException(command.key()));
            KeyStatus status = key.effectiveStatus(clock.instant());
            if (status == KeyStatus.REVOKED) {
                throw new KeyAlreadyRevokedException(key.id());
            }
            if (status == KeyStatus.EXPIRED) {
                throw new KeyExpiredException(key.id());
            }
            Integrator integrator = sender.integratorOf(key.id()).orElseThrow(NotAnIntegratorKeyException::new);
            KeyDelivery latest = deliveries.latestDelivery(key.id()).orElseThrow(NotAnIntegratorKeyException::new);
            if (latest.revealedAt() != null || latest.sealedSecret() == null) {
                throw new DeliveryAlreadyRevealedException();
            }
            return sender.resend(command.caller(), integrator, key, latest);
        });
    }

    private static boolean matches(KeyDelivery delivery, String token, String code) {
        if (code == null || !CODE_SHAPE.matcher(code).matches()) {
            return false;
        }
        return MessageDigest.isEqual(
                KeyDeliveries.codeDigest(token, code).getBytes(StandardCharsets.US_ASCII),
                delivery.codeDigest().getBytes(StandardCharsets.US_ASCII));
    }

    /** How a reveal went, decided in the transaction and answered after it committed. */
    private record Outcome(RevealedKey revealed, int attemptsLeft, boolean gone) {

        static Outcome shown(RevealedKey key) {
            return new Outcome(key, 0, false);
        }

        static Outcome wrong(int attemptsLeft) {
            return new Outcome(null, attemptsLeft, false);
        }

        static Outcome dead() {
            return new Outcome(null, 0, true);
        }
    }
}
