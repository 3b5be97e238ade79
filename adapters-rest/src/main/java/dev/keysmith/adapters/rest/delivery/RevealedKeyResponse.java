package dev.keysmith.adapters.rest.delivery;

import dev.keysmith.application.port.in.delivery.RevealKeyUseCase.RevealedKey;

/** The delivered key, shown this once. */
public record RevealedKeyResponse(String keyId, String product, String name, String secret) {

    public static RevealedKeyResponse from(RevealedKey revealed) {
        return new RevealedKeyResponse(
                revealed.key().id().toString(),
                revealed.key().product().value(),
                revealed.key().name().value(),
                revealed.secret());
    }

    @Override
    public String toString() {
        return "RevealedKeyResponse[" + keyId + ", secret redacted]";
    }
}
