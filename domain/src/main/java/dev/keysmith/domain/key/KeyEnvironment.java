package dev.keysmith.domain.key;

import dev.keysmith.domain.shared.InvalidValueException;
import java.util.Optional;

/** The deployment a key was made for; its text is the second part of every key ({@code pay_live_…}). */
public enum KeyEnvironment {
    LIVE("live"),
    TEST("test");

    private final String text;

    KeyEnvironment(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static KeyEnvironment fromText(String text) {
        return find(text)
                .orElseThrow(() -> new InvalidValueException("environment", "environment must be live or test"));
    }

    /** Like {@link #fromText} without an exception, for the key parser's hot path. */
    static Optional<KeyEnvironment> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (KeyEnvironment environment : values()) {
            if (environment.text.equals(text)) {
                return Optional.of(environment);
            }
        }
        return Optional.empty();
    }
}
