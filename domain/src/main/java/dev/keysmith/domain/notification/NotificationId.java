package dev.keysmith.domain.notification;

import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;
import java.util.UUID;

/** Identifies an in-app notification. */
public record NotificationId(UUID value) {

    public NotificationId {
        Require.present(value, "notificationId");
    }

    public static NotificationId random() {
        return new NotificationId(UUID.randomUUID());
    }

    public static NotificationId parse(String text) {
        try {
            return new NotificationId(UUID.fromString(Require.present(text, "notificationId")));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("notificationId", "notificationId must be a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
