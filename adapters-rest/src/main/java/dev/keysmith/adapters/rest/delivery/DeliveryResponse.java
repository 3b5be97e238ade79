package dev.keysmith.adapters.rest.delivery;

import dev.keysmith.domain.delivery.KeyDelivery;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A key's delivery as its administrator sees it: never the link or the code. */
public record DeliveryResponse(
        UUID id,
        String keyId,
        String integratorId,
        String state,
        List<String> channels,
        Instant createdAt,
        Instant expiresAt,
        Instant revealedAt,
        int wrongCodes) {

    /** How every delivery travels: the link by email, the code by SMS. */
    public static final List<String> CHANNELS = List.of("EMAIL", "SMS");

    public static DeliveryResponse from(KeyDelivery delivery, Instant now) {
        return new DeliveryResponse(
                delivery.id(),
                delivery.keyId().toString(),
                delivery.integratorId().toString(),
                delivery.state(now).name(),
                CHANNELS,
                delivery.createdAt(),
                delivery.expiresAt(),
                delivery.revealedAt(),
                delivery.wrongCodes());
    }
}
