package dev.keysmith.domain.user;

import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;
import dev.keysmith.domain.shared.Text;
import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, kept trimmed and lower-cased so one person has one identity. */
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public Email {
        Require.present(value, "email");
        value = value.strip().toLowerCase(Locale.ROOT);
        // Hidden characters would reach the database and the log, and make look-alike identities.
        if (value.length() > 254
                || Text.hasHiddenCharacters(value)
                || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "email must be an address like name@example.com");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
