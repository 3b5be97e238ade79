package dev.keysmith.domain.key;

import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;
import java.util.UUID;

/** Identifies an API key; never derived from the secret, so it can appear in URLs and logs. */
public record ApiKeyId(UUID value) {

    public ApiKeyId {
        Require.present(value, "keyId");
    }

    public static ApiKeyId random() {
        return new ApiKeyId(UUID.randomUUID());
    }

    public static ApiKeyId parse(String text) {
        try {
            return new ApiKeyId(UUID.fromString(Require.present(text, "keyId")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("keyId", "keyId must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
