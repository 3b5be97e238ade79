package dev.keysmith.domain.shared;

/** Checks for human-entered text: visible characters only, bounded length. */
public final class Text {

    private Text() {
    }

    public static String visible(String value, int max, String field) {
        Require.length(value, 1, max, field);
        if (value.isBlank() || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, field + " must be visible text without control characters");
        }
        return value;
    }
}
