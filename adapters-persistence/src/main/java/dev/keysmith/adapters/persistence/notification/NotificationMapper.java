package dev.keysmith.adapters.persistence.notification;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationId;
import dev.keysmith.domain.notification.NotificationKind;
import dev.keysmith.domain.product.ProductCode;

final class NotificationMapper {

    private NotificationMapper() {}

    static Notification toDomain(NotificationJpaEntity e) {
        return new Notification(
                new NotificationId(e.id),
                new AccountId(e.accountId),
                NotificationKind.valueOf(e.kind),
                e.title,
                e.body,
                e.keyId == null ? null : new ApiKeyId(e.keyId),
                e.productCode == null ? null : new ProductCode(e.productCode),
                e.expiresOn,
                e.createdAt,
                e.readAt);
    }
}
