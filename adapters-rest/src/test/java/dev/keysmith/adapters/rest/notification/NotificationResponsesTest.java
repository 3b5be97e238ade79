package dev.keysmith.adapters.rest.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.adapters.rest.maintenance.SweepResponse;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase.SweepResult;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationKind;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NotificationResponsesTest {

    @Test
    void aWarningNamesItsKeyProductAndDate() {
        ApiKeyId key = ApiKeyId.random();
        Notification warning = Notification.post(
                AccountId.random(),
                NotificationKind.KEY_EXPIRY_WARNING,
                "Key \"Zapier\" expires on 2026-04-01 unless it is used",
                "body",
                key,
                new ProductCode("payments"),
                LocalDate.of(2026, 4, 1),
                Instant.parse("2026-03-17T08:00:00Z"));

        NotificationResponse response = NotificationResponse.from(warning);

        assertThat(response.id()).isEqualTo(warning.id().value());
        assertThat(response.keyId()).isEqualTo(key.value());
        assertThat(response.product()).isEqualTo("payments");
        assertThat(response.expiresOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(response.readAt()).isNull();
    }

    @Test
    void unreadIsTrueOrFalse() {
        assertThat(NotificationResource.unreadOnly(null)).isFalse();
        assertThat(NotificationResource.unreadOnly("false")).isFalse();
        assertThat(NotificationResource.unreadOnly("TRUE")).isTrue();
        assertThatThrownBy(() -> NotificationResource.unreadOnly("yes")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aSweepAnswerCarriesItsCounts() {
        assertThat(SweepResponse.from(new SweepResult(false, 3, 2, 1, 1)))
                .isEqualTo(new SweepResponse(false, 3, 2, 1, 1));
        assertThat(SweepResponse.from(SweepResult.skippedSweep()).skipped()).isTrue();
    }
}
