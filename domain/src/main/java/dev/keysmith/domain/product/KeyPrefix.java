package dev.keysmith.domain.product;

import dev.keysmith.domain.shared.Require;
import java.util.regex.Pattern;

/** The first part of every key of a product ({@code pay} in {@code pay_live_…}): 2–8 lowercase letters. */
public record KeyPrefix(String value) {

    private static final Pattern LETTERS = Pattern.compile("[a-z]{2,8}");

    public KeyPrefix {
        Require.matches(value, LETTERS, "keyPrefix", "must be 2 to 8 lowercase letters");
    }

    @Override
    public String toString() {
        return value;
    }
}
