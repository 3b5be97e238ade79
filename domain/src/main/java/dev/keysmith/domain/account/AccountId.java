package dev.keysmith.domain.account;

import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;
import java.util.UUID;

/** Identifies a customer account. */
public record AccountId(UUID value) {

    public AccountId {
        Require.present(value, "accountId");
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    public static AccountId parse(String text) {
        try {
            return new AccountId(UUID.fromString(Require.present(text, "accountId")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("accountId", "accountId must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
