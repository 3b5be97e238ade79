package dev.keysmith.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.delivery.DeliveryState;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.key.ApiKeyId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryRowTest {

    private static final Instant SENT = Instant.parse("2030-01-02T03:04:05Z");

    @Test
    void everyStateHasWordsOfItsOwn() {
        assertThat(DeliveryRow.WORDS).containsOnlyKeys(DeliveryState.values());
    }

    @Test
    void aDeliveryReadsAsItsStateWithoutItsLinkOrCode() {
        KeyDelivery delivery = KeyDelivery.start(
                ApiKeyId.random(),
                IntegratorId.random(),
                AccountId.random(),
                "token-digest",
                "code-digest",
                "sealed",
                SENT,
                SENT.plus(Duration.ofHours(72)));

        DeliveryRow sent = DeliveryRow.of(delivery, SENT.plusSeconds(60));
        assertThat(sent.stateName()).isEqualTo("sent");
        assertThat(sent.sentAt()).isEqualTo("2030-01-02 03:04 UTC");
        assertThat(sent.expiresAt()).isEqualTo("2030-01-05 03:04 UTC");
        assertThat(sent.revealed()).isFalse();
        assertThat(sent.toString()).doesNotContain("digest", "sealed");

        assertThat(DeliveryRow.of(delivery, SENT.plus(Duration.ofHours(72))).stateName())
                .isEqualTo("expired");
        DeliveryRow revealed = DeliveryRow.of(delivery.revealed(SENT.plusSeconds(120)), SENT.plusSeconds(180));
        assertThat(revealed.stateName()).isEqualTo("revealed");
        assertThat(revealed.revealedAt()).isEqualTo("2030-01-02 03:06 UTC");
        assertThat(revealed.revealed()).isTrue();
    }
}
