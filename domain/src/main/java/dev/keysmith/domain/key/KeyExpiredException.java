package dev.keysmith.domain.key;

import dev.keysmith.domain.shared.ConflictException;

/** The key expired (inactivity or its expiry date); nothing can change it now. */
public final class KeyExpiredException extends ConflictException {

    private final ApiKeyId keyId;

    public KeyExpiredException(ApiKeyId keyId) {
        super("KEY_EXPIRED", "key " + keyId + " has expired");
        this.keyId = keyId;
    }

    public ApiKeyId keyId() {
        return keyId;
    }
}
