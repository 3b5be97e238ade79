package dev.keysmith.domain.key;

import dev.keysmith.domain.shared.NotFoundException;

/** No such key, or not one the caller may see (the two answer alike). */
public final class ApiKeyNotFoundException extends NotFoundException {

    private final ApiKeyId keyId;

    public ApiKeyNotFoundException(ApiKeyId keyId) {
        super("KEY_NOT_FOUND", "key " + keyId + " not found");
        this.keyId = keyId;
    }

    public ApiKeyId keyId() {
        return keyId;
    }
}
