package dev.keysmith.application.port.in.notification;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationId;

/** An ADMIN reads the account's in-app notifications, newest first, and marks them as read. */
public interface ReadNotificationsUseCase {

    Page<Notification> listNotifications(Caller caller, AccountId account, boolean unreadOnly, String after,
            Integer limit);

    /** Marks the account's notification as read; another account's notification is not found. */
    Notification markRead(Caller caller, AccountId account, NotificationId notification);
}
