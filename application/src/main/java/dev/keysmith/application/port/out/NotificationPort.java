package dev.keysmith.application.port.out;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores accounts' in-app notifications. */
public interface NotificationPort {

    void insertNotifications(List<Notification> notifications);

    /** The account's notifications, newest first, strictly after {@code after} (null: from the newest). */
    List<Notification> loadNotifications(AccountId account, boolean unreadOnly, NotificationCursor after, int limit);

    Optional<Notification> loadNotification(NotificationId id);

    /** Stores the read time of a notification. */
    void updateNotification(Notification notification);

    /** A position in the newest-first order. */
    record NotificationCursor(Instant createdAt, NotificationId id) {}
}
