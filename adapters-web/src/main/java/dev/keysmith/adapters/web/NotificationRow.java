package dev.keysmith.adapters.web;

import dev.keysmith.domain.notification.Notification;
import io.quarkus.qute.TemplateData;

/** One in-app notification as an item of an account's notifications page. */
@TemplateData
public record NotificationRow(
        String id,
        String title,
        String body,
        String keyId,
        String product,
        String expiresOn,
        String createdAt,
        String readAt,
        boolean unread) {

    static NotificationRow of(Notification notification) {
        return new NotificationRow(
                notification.id().toString(),
                notification.title(),
                notification.body(),
                notification.keyId() == null ? null : notification.keyId().toString(),
                notification.product() == null ? null : notification.product().value(),
                Moments.day(notification.expiresOn()),
                Moments.of(notification.createdAt()),
                Moments.of(notification.readAt()),
                !notification.isRead());
    }
}
