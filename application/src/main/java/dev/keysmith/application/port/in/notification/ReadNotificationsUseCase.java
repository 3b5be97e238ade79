package dev.keysmith.application.port.in.notification;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationId;

/** An ADMIN reads the account's in-app notifications, newest first, and marks them as read. */
public interface ReadNotificationsUseCase {

    Page<Notification> listNotifications(ListNotificationsQuery query);

    /** Marks the account's notification as read; another account's notification is not found. */
    Notification markRead(MarkNotificationReadCommand command);

    /** {@code after} and {@code limit} page the list; both may be null. */
    record ListNotificationsQuery(Caller caller, AccountId account, boolean unreadOnly, String after, Integer limit) {}

    record MarkNotificationReadCommand(Caller caller, AccountId account, NotificationId notification) {}
}
