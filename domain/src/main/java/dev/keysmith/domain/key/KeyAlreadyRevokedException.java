package dev.keysmith.domain.key;

import dev.keysmith.domain.shared.ConflictException;

/** The key is revoked (by hand, or by regeneration once any grace period ended); nothing can change it now. */
public final class KeyAlreadyRevokedException extends ConflictException {

    private final ApiKeyId keyId;

    public KeyAlreadyRevokedException(ApiKeyId keyId) {
        super("KEY_ALREADY_REVOKED", "key " + keyId + " is already revoked");
        this.keyId = keyId;
    }

    public ApiKeyId keyId() {
        return keyId;
    }
}
