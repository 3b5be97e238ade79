package dev.keysmith.domain.key;

import dev.keysmith.domain.shared.Text;

/** What an admin calls a key ("Marketing Automation"): 1–64 characters of visible text. */
public record KeyName(String value) {

    public static final int MAX_LENGTH = 64;

    public KeyName {
        Text.visible(value, MAX_LENGTH, "name");
    }

    @Override
    public String toString() {
        return value;
    }
}
