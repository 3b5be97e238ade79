package dev.keysmith.domain.shared;

import java.util.regex.Pattern;

/** Guards used by value-object constructors; each failure names the field it is about. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        return value;
    }

    public static String matches(String value, Pattern pattern, String field, String rule) {
        present(value, field);
        if (!pattern.matcher(value).matches()) {
            throw new InvalidValueException(field, field + " " + rule);
        }
        return value;
    }

    public static String length(String value, int min, int max, String field) {
        present(value, field);
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw new InvalidValueException(field, field + " must be " + min + " to " + max + " characters");
        }
        return value;
    }
}
