package dev.keysmith.domain.key;

import dev.keysmith.domain.shared.ConflictException;

/** The key was already regenerated; regenerate its successor instead. */
public final class KeyAlreadyReplacedException extends ConflictException {

    private final ApiKeyId keyId;
    private final ApiKeyId replacedBy;

    public KeyAlreadyReplacedException(ApiKeyId keyId, ApiKeyId replacedBy) {
        super("KEY_ALREADY_REPLACED", "key " + keyId + " was already replaced by key " + replacedBy);
        this.keyId = keyId;
        this.replacedBy = replacedBy;
    }

    public ApiKeyId keyId() {
        return keyId;
    }

    public ApiKeyId replacedBy() {
        return replacedBy;
    }
}
