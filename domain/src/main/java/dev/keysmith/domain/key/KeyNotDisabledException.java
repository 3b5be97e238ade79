package dev.keysmith.domain.key;

import dev.keysmith.domain.shared.ConflictException;

/** The change needs a disabled key, e.g. enabling one that is already active. */
public final class KeyNotDisabledException extends ConflictException {

    private final ApiKeyId keyId;
    private final KeyStatus status;

    public KeyNotDisabledException(ApiKeyId keyId, KeyStatus status) {
        super("KEY_NOT_DISABLED", "key " + keyId + " is " + status + ", not DISABLED");
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
