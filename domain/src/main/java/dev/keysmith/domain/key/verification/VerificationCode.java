package dev.keysmith.domain.key.verification;

/** The answer to "is this key good for this call?"; exactly one code per verification, VALID only when all pass. */
public enum VerificationCode {
    VALID,
    MALFORMED,
    NOT_FOUND,
    DISABLED,
    REVOKED,
    EXPIRED,
    ACCOUNT_SUSPENDED,
    PRODUCT_NOT_ENABLED,
    WRONG_PRODUCT,
    IP_NOT_ALLOWED,
    INSUFFICIENT_SCOPE,
    WRONG_ACCOUNT;

    public boolean isValid() {
        return this == VALID;
    }
}
