package dev.keysmith.domain.product;

import dev.keysmith.domain.shared.Require;
import java.util.regex.Pattern;

/** The slug that names a product in URLs and verification requests, e.g. {@code payments}. */
public record ProductCode(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ProductCode {
        Require.length(value, 2, 40, "code");
        Require.matches(value, SLUG, "code", "must be lowercase letters and digits separated by single dashes");
    }

    @Override
    public String toString() {
        return value;
    }
}
