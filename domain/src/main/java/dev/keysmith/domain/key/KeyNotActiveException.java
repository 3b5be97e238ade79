package dev.keysmith.domain.key;

import dev.keysmith.domain.shared.ConflictException;

/** The change needs an active key, e.g. disabling one that is already disabled. */
public final class KeyNotActiveException extends ConflictException {

    private final ApiKeyId keyId;
    private final KeyStatus status;

    public KeyNotActiveException(ApiKeyId keyId, KeyStatus status) {
        super("KEY_NOT_ACTIVE", "key " + keyId + " is " + status + ", not ACTIVE");
        this.keyId = keyId;
        this.status = status;
    }

    public ApiKeyId keyId() {
        return keyId;
    }

    public KeyStatus status() {
        return status;
    }
}
