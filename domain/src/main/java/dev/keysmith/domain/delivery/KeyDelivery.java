package dev.keysmith.domain.delivery;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.shared.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * One delivery of a key to its integrator: a link (its token known only by digest) sent by email and a
 * 6-digit code (known only by a digest bound to the token) sent by SMS. The key itself waits sealed until the
 * right code comes with the link, once; five wrong codes, a newer delivery or the deadline end the link.
 *
 * @param sealedSecret the key, sealed by the secret seal port; null once revealed
 * @param messageFailed whether the email or the SMS was given up on (read from the outbox)
 */
public record KeyDelivery(
        UUID id,
        ApiKeyId keyId,
        IntegratorId integratorId,
        AccountId accountId,
        String tokenDigest,
        String codeDigest,
        String sealedSecret,
        Instant createdAt,
        Instant expiresAt,
        int wrongCodes,
        Instant revealedAt,
        Instant endedAt,
        boolean messageFailed) {

    /** Wrong codes that end the link. */
    public static final int MAX_WRONG_CODES = 5;

    public KeyDelivery {
        Require.present(id, "id");
        Require.present(keyId, "keyId");
        Require.present(integratorId, "integratorId");
        Require.present(accountId, "accountId");
        Require.present(tokenDigest, "tokenDigest");
        Require.present(codeDigest, "codeDigest");
        Require.present(createdAt, "createdAt");
        Require.present(expiresAt, "expiresAt");
    }

    public static KeyDelivery start(
            ApiKeyId key,
            IntegratorId integrator,
            AccountId account,
            String tokenDigest,
            String codeDigest,
            String sealedSecret,
            Instant now,
            Instant expiresAt) {
        Require.present(sealedSecret, "sealedSecret");
        return new KeyDelivery(
                UUID.randomUUID(),
                key,
                integrator,
                account,
                tokenDigest,
                codeDigest,
                sealedSecret,
                now,
                expiresAt,
                0,
                null,
                null,
                false);
    }

    public DeliveryState state(Instant now) {
        if (revealedAt != null) {
            return DeliveryState.REVEALED;
        }
        if (endedAt != null) {
            return DeliveryState.ENDED;
        }
        if (messageFailed) {
            return DeliveryState.FAILED;
        }
        if (!now.isBefore(expiresAt)) {
            return DeliveryState.EXPIRED;
        }
        return DeliveryState.SENT;
    }

    /** Whether the link still opens: not revealed, not ended, not expired (a failed message does not close it). */
    public boolean open(Instant now) {
        return revealedAt == null && endedAt == null && now.isBefore(expiresAt);
    }

    /** A wrong code counted; the fifth ends the link. */
    public KeyDelivery wrongCode(Instant now) {
        int wrong = wrongCodes + 1;
        return new KeyDelivery(
                id,
                keyId,
                integratorId,
                accountId,
                tokenDigest,
                codeDigest,
                sealedSecret,
                createdAt,
                expiresAt,
                wrong,
                revealedAt,
                wrong >= MAX_WRONG_CODES ? now : endedAt,
                messageFailed);
    }

    /** The key was shown: the link is dead and the sealed key is forgotten. */
    public KeyDelivery revealed(Instant now) {
        return new KeyDelivery(
                id,
                keyId,
                integratorId,
                accountId,
                tokenDigest,
                codeDigest,
                null,
                createdAt,
                expiresAt,
                wrongCodes,
                now,
                endedAt,
                messageFailed);
    }

    /** Replaced by a newer delivery, or its key is dead: the link is dead and the sealed key forgotten. */
    public KeyDelivery ended(Instant now) {
        return new KeyDelivery(
                id,
                keyId,
                integratorId,
                accountId,
                tokenDigest,
                codeDigest,
                null,
                createdAt,
                expiresAt,
                wrongCodes,
                revealedAt,
                endedAt == null ? now : endedAt,
                messageFailed);
    }

    @Override
    public String toString() {
        return "KeyDelivery[" + id + ", key=" + keyId + ", integrator=" + integratorId + "]";
    }
}
