package dev.keysmith.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Guards used by value-object constructors; each failure names the field it is about. */
public final class Require {

    /** Dates and times outside these years are refused: no business means them, and the database cannot hold all of them. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1, 1, 1);

    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    private Require() {}

    public static LocalDate storable(LocalDate value, String field) {
        present(value, field);
        if (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE)) {
            throw new InvalidValueException(field, field + " must be between the years 1 and 9999");
        }
        return value;
    }

    public static Instant storable(Instant value, String field) {
        present(value, field);
        if (value.isBefore(EARLIEST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC))
                || !value.isBefore(LATEST_DATE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
            throw new InvalidValueException(field, field + " must be between the years 1 and 9999");
        }
        return value;
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        return value;
    }

    public static String matches(String value, Pattern pattern, String field, String rule) {
        return matches(value, text -> pattern.matcher(text).matches(), field, rule);
    }

    /** Like {@link #matches(String, Pattern, String, String)}, for a rule checked by hand on a hot path. */
    public static String matches(String value, Predicate<String> check, String field, String rule) {
        present(value, field);
        if (!check.test(value)) {
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
