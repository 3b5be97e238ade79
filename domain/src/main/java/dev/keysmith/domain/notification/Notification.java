package dev.keysmith.domain.notification;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.Require;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A message on an account's in-app list, read by its admins. The key, product and expiry date are set when
 * the notification is about a key; {@code readAt} is null until someone marks it as read.
 */
public record Notification(
        NotificationId id,
        AccountId accountId,
        NotificationKind kind,
        String title,
        String body,
        ApiKeyId keyId,
        ProductCode product,
        LocalDate expiresOn,
        Instant createdAt,
        Instant readAt) {

    public Notification {
        Require.present(id, "id");
        Require.present(accountId, "accountId");
        Require.present(kind, "kind");
        Require.length(title, 1, 200, "title");
        Require.length(body, 1, 2000, "body");
        Require.present(createdAt, "createdAt");
    }

    /** A new, unread notification. */
    public static Notification post(
            AccountId accountId,
            NotificationKind kind,
            String title,
            String body,
            ApiKeyId keyId,
            ProductCode product,
            LocalDate expiresOn,
            Instant now) {
        return new Notification(
                NotificationId.random(), accountId, kind, title, body, keyId, product, expiresOn, now, null);
    }

    /** Marked as read at {@code now}; reading it again keeps the first time. */
    public Notification markRead(Instant now) {
        if (readAt != null) {
            return this;
        }
        return new Notification(
                id, accountId, kind, title, body, keyId, product, expiresOn, createdAt, Require.present(now, "now"));
    }

    public boolean isRead() {
        return readAt != null;
    }
}
