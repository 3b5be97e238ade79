package dev.keysmith.domain.product;

import dev.keysmith.domain.shared.Require;

/** The first part of every key of a product ({@code pay} in {@code pay_live_…}): 2–8 lowercase letters. */
public record KeyPrefix(String value) {

    public KeyPrefix {
        Require.matches(value, KeyPrefix::isLetters, "keyPrefix", "must be 2 to 8 lowercase letters");
    }

    /** Whether the text is {@code [a-z]{2,8}}, checked by hand: every verified key has its prefix made into one. */
    static boolean isLetters(String text) {
        if (text.length() < 2 || text.length() > 8) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
