package dev.keysmith.domain.key;

import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;

/** What an admin calls a key ("Marketing Automation"): 1–64 characters of visible text. */
public record KeyName(String value) {

    public static final int MAX_LENGTH = 64;

    public KeyName {
        Require.length(value, 1, MAX_LENGTH, "name");
        if (value.isBlank() || value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("name", "name must be visible text without control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
