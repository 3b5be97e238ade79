package dev.keysmith.adapters.rest.key;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase.GeneratedApiKey;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.key.ApiKeyId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A key made for an integrator: its fields and the {@code delivery} that carries it to them, and no secret (the
 * administrator never sees it); for a regeneration also the {@code replacedKeyId}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveredKeyResponse(@JsonUnwrapped KeyResponse key, Delivery delivery, String replacedKeyId) {

    /** The delivery just sent: the link by email, the code by SMS, both valid until {@code expiresAt}. */
    public record Delivery(UUID id, Instant expiresAt, List<String> channels) {

        static Delivery from(KeyDelivery delivery) {
            return new Delivery(delivery.id(), delivery.expiresAt(), List.of("EMAIL", "SMS"));
        }
    }

    public static DeliveredKeyResponse from(GeneratedApiKey generated) {
        return new DeliveredKeyResponse(KeyResponse.from(generated.key()), Delivery.from(generated.delivery()), null);
    }

    public static DeliveredKeyResponse replacing(ApiKeyId replaced, GeneratedApiKey generated) {
        return new DeliveredKeyResponse(
                KeyResponse.from(generated.key()), Delivery.from(generated.delivery()), replaced.toString());
    }
}
