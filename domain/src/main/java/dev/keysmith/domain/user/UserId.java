package dev.keysmith.domain.user;

import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;
import java.util.UUID;

/** Identifies a person who signs in (an account member or an operator). */
public record UserId(UUID value) {

    public UserId {
        Require.present(value, "userId");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    public static UserId parse(String text) {
        try {
            return new UserId(UUID.fromString(Require.present(text, "userId")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("userId", "userId must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
