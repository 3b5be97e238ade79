package dev.keysmith.adapters.rest.notification;

import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One in-app notification; {@code readAt} is absent while unread, the key fields when it is about no key. */
public record NotificationResponse(
        UUID id,
        NotificationKind kind,
        String title,
        String body,
        UUID keyId,
        String product,
        LocalDate expiresOn,
        Instant createdAt,
        Instant readAt) {

    public static NotificationResponse from(Notification notification) {
        return new NotificationResponse(
                notification.id().value(),
                notification.kind(),
                notification.title(),
                notification.body(),
                notification.keyId() == null ? null : notification.keyId().value(),
                notification.product() == null ? null : notification.product().value(),
                notification.expiresOn(),
                notification.createdAt(),
                notification.readAt());
    }
}
