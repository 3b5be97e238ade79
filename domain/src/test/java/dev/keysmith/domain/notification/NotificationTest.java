package dev.keysmith.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private static Notification aWarning() {
        return Notification.post(
                new AccountId(UUID.randomUUID()),
                NotificationKind.KEY_EXPIRY_WARNING,
                "Key \"Zapier\" expires in 7 days",
                "Use it or lose it.",
                ApiKeyId.random(),
                new ProductCode("payments"),
                LocalDate.of(2025, 3, 8),
                NOW);
    }

    @Test
    void aNewNotificationIsUnreadAndMarkingItReadKeepsTheFirstTime() {
        Notification posted = aWarning();
        assertThat(posted.isRead()).isFalse();

        Notification read = posted.markRead(NOW.plusSeconds(60));
        assertThat(read.readAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(read.markRead(NOW.plusSeconds(120)).readAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(read.id()).isEqualTo(posted.id());
    }

    @Test
    void needsATitleAndABody() {
        AccountId account = new AccountId(UUID.randomUUID());
        assertThatThrownBy(() ->
                        Notification.post(account, NotificationKind.KEY_EXPIRED, "", "body", null, null, null, NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() ->
                        Notification.post(account, NotificationKind.KEY_EXPIRED, "title", null, null, null, null, NOW))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void idsParseOnlyFromUuids() {
        assertThat(NotificationId.parse("7f8d2c9e-1b2a-4c3d-9e8f-0a1b2c3d4e5f").value())
                .isEqualTo(UUID.fromString("7f8d2c9e-1b2a-4c3d-9e8f-0a1b2c3d4e5f"));
        assertThatThrownBy(() -> NotificationId.parse("nope")).isInstanceOf(InvalidValueException.class);
    }
}
