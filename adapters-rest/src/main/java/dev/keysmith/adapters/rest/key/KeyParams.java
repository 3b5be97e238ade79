package dev.keysmith.adapters.rest.key;

import dev.keysmith.application.port.in.Page;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns the text of query and body fields into values, refusing bad text as a 400 that names the client's
 * field (JAX-RS would answer a query parameter it cannot convert with a 404, so conversion happens here).
 */
final class KeyParams {

    private static final String STATUSES =
            Arrays.stream(KeyStatus.values()).map(Enum::name).collect(Collectors.joining(", "));

    private KeyParams() {}

    /** A product code; null or blank text is no product. */
    static ProductCode product(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new ProductCode(text);
        } catch (InvalidValueException e) {
            // ProductCode names its own field "code"; the client sent "product".
            throw new InvalidValueException("product", e.getMessage().replaceFirst("^code", "product"));
        }
    }

    /** A key status by name, in any case; null or blank text is no status. */
    static KeyStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return KeyStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status", "status must be one of " + STATUSES);
        }
    }

    /** A page size as a number; its range is the use case's to judge. Null or blank text is no limit. */
    static Integer limit(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("limit", "limit must be 1 to " + Page.MAX_LIMIT);
        }
    }
}
