package dev.keysmith.domain.key.verification;

import dev.keysmith.domain.key.KeyStatus;

/**
 * Decides the verification code from the facts, pure and allocation-free for the hot path. Checks run in a
 * fixed order and the first failure wins: MALFORMED (the parser, before any lookup), NOT_FOUND, WRONG_PRODUCT,
 * REVOKED, EXPIRED, DISABLED, ACCOUNT_SUSPENDED, PRODUCT_NOT_ENABLED, WRONG_ACCOUNT, IP_NOT_ALLOWED,
 * INSUFFICIENT_SCOPE, then VALID. Why: the cheapest and most definitive answers come first, and checks that
 * say something about the key's owner run only once the key is known to belong to the caller's product.
 */
public final class KeyVerification {

    private KeyVerification() {}

    public static VerificationCode decide(VerificationFacts facts) {
        if (!facts.keyFound()) {
            return VerificationCode.NOT_FOUND;
        }
        if (!facts.keyProduct().equals(facts.requestedProduct()) || !facts.prefixMatchesProduct()) {
            return VerificationCode.WRONG_PRODUCT;
        }
        if (facts.effectiveStatus() == KeyStatus.REVOKED) {
            return VerificationCode.REVOKED;
        }
        if (facts.effectiveStatus() == KeyStatus.EXPIRED) {
            return VerificationCode.EXPIRED;
        }
        if (facts.effectiveStatus() == KeyStatus.DISABLED) {
            return VerificationCode.DISABLED;
        }
        if (!facts.accountActive() || !facts.masterActive()) {
            return VerificationCode.ACCOUNT_SUSPENDED;
        }
        if (!facts.productEnabled()) {
            return VerificationCode.PRODUCT_NOT_ENABLED;
        }
        if (!facts.accountMatches()) {
            return VerificationCode.WRONG_ACCOUNT;
        }
        if (!facts.ipAllowed()) {
            return VerificationCode.IP_NOT_ALLOWED;
        }
        if (!facts.scopesGranted()) {
            return VerificationCode.INSUFFICIENT_SCOPE;
        }
        return VerificationCode.VALID;
    }
}
