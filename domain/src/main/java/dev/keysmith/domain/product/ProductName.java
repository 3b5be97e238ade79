package dev.keysmith.domain.product;

import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;

/** A product's display name, 1–80 characters, no control characters. */
public record ProductName(String value) {

    public ProductName {
        Require.length(value, 1, 80, "name");
        if (value.isBlank() || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("name", "name must be visible text without control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
