package dev.keysmith.adapters.rest.shared;

import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.shared.InvalidValueException;
import java.util.UUID;

/**
 * Reads path and query parameters by hand: JAX-RS converting them itself answers a bad value with a 404,
 * here it is a 400 that names the parameter.
 */
public final class RequestParams {

    private RequestParams() {}

    public static UUID uuid(String text, String name) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException(name, name + " must be a UUID");
        }
    }

    /** A key filter, or null when absent. */
    public static ApiKeyId keyId(String text) {
        return text == null ? null : ApiKeyId.parse(text);
    }

    /** A page size as given, or null when absent; its range is the use case's to check. */
    public static Integer limit(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("limit", "limit must be a whole number");
        }
    }
}
