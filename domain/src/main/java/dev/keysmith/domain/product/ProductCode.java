package dev.keysmith.domain.product;

import dev.keysmith.domain.shared.Require;

/** The slug that names a product in URLs and verification requests, e.g. {@code payments}. */
public record ProductCode(String value) {

    public ProductCode {
        Require.length(value, 2, 40, "code");
        Require.matches(
                value, ProductCode::isSlug, "code", "must be lowercase letters and digits separated by single dashes");
    }

    /**
     * Whether the text is {@code [a-z0-9]+(-[a-z0-9]+)*}, checked by hand: every verification names its product, and
     * the regular expression was a few per cent of one.
     */
    static boolean isSlug(String text) {
        boolean dashAllowed = false; // not first, not after a dash
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (!dashAllowed) {
                    return false;
                }
                dashAllowed = false;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                dashAllowed = true;
            } else {
                return false;
            }
        }
        return dashAllowed; // not empty, not ending with a dash
    }

    @Override
    public String toString() {
        return value;
    }
}
