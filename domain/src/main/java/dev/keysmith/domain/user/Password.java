package dev.keysmith.domain.user;

import dev.keysmith.domain.shared.Require;

/** A password as typed: 12 to 128 characters. Never printed; only its Argon2id hash is stored. */
public record Password(String value) {

    public Password {
        Require.length(value, 12, 128, "password");
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}
