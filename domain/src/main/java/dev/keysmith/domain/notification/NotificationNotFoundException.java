package dev.keysmith.domain.notification;

import dev.keysmith.domain.shared.NotFoundException;

/** No such notification in the account (another account's notification looks the same). */
public final class NotificationNotFoundException extends NotFoundException {

    public NotificationNotFoundException(NotificationId id) {
        super("NOTIFICATION_NOT_FOUND", "notification " + id + " not found");
    }
}
