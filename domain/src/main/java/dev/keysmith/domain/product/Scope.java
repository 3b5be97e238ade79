package dev.keysmith.domain.product;

import dev.keysmith.domain.shared.Require;
import java.util.regex.Pattern;

/** A permission a key may carry for its product, e.g. {@code read}, {@code write}, {@code payments:refund}. */
public record Scope(String value) implements Comparable<Scope> {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.:-]{0,39}");

    public Scope {
        Require.matches(
                value,
                NAME,
                "scopes",
                "must be 1 to 40 characters: lowercase letters, digits, '_', '.', ':' or '-', starting with a letter");
    }

    @Override
    public int compareTo(Scope other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
