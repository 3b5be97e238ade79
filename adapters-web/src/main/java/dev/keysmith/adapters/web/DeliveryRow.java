package dev.keysmith.adapters.web;

import dev.keysmith.domain.delivery.DeliveryState;
import dev.keysmith.domain.delivery.KeyDelivery;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The newest delivery of an API user's key as its page shows it: how it stands, never the link or the code. */
@TemplateData
public record DeliveryRow(
        String state,
        String stateName,
        String stateWords,
        String channels,
        String sentAt,
        String expiresAt,
        String revealedAt,
        int wrongCodes,
        boolean revealed) {

    static final Map<DeliveryState, String> WORDS = new EnumMap<>(DeliveryState.class);

    static {
        WORDS.put(DeliveryState.SENT, "the email and the SMS are on their way or arrived; the link works");
        WORDS.put(DeliveryState.REVEALED, "the API user entered the code and saw the key; the link is dead");
        WORDS.put(DeliveryState.FAILED, "the email or the SMS could not be delivered after every retry");
        WORDS.put(DeliveryState.EXPIRED, "the link was not used in time");
        WORDS.put(DeliveryState.ENDED, "the link was replaced by a newer one, or too many wrong codes ended it");
    }

    static DeliveryRow of(KeyDelivery delivery, Instant now) {
        DeliveryState state = delivery.state(now);
        return new DeliveryRow(
                state.name(),
                state.name().toLowerCase(Locale.ROOT),
                WORDS.get(state),
                "link by email, code by SMS",
                Moments.of(delivery.createdAt()),
                Moments.of(delivery.expiresAt()),
                Moments.of(delivery.revealedAt()),
                delivery.wrongCodes(),
                delivery.revealedAt() != null);
    }
}
