package dev.keysmith.domain.integrator;

import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;
import java.util.UUID;

/** Identifies an integrator of an account. */
public record IntegratorId(UUID value) {

    public IntegratorId {
        Require.present(value, "integratorId");
    }

    public static IntegratorId random() {
        return new IntegratorId(UUID.randomUUID());
    }

    public static IntegratorId parse(String text) {
        try {
            return new IntegratorId(UUID.fromString(Require.present(text, "integratorId")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("integratorId", "integratorId must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
