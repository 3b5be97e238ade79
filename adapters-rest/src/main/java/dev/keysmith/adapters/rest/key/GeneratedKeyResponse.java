package dev.keysmith.adapters.rest.key;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase.GeneratedApiKey;
import dev.keysmith.domain.key.ApiKeyId;

/**
 * A key just generated or regenerated: its fields plus the {@code secret}, shown this once, and for a
 * regeneration the {@code replacedKeyId}.
 */
public record GeneratedKeyResponse(@JsonUnwrapped KeyResponse key, String secret, String replacedKeyId) {

    public static GeneratedKeyResponse from(GeneratedApiKey generated) {
        return new GeneratedKeyResponse(
                KeyResponse.from(generated.key()), generated.secret().reveal(), null);
    }

    public static GeneratedKeyResponse replacing(ApiKeyId replaced, GeneratedApiKey generated) {
        return new GeneratedKeyResponse(
                KeyResponse.from(generated.key()), generated.secret().reveal(), replaced.toString());
    }

    @Override
    public String toString() {
        return "GeneratedKeyResponse[" + key + ", secret redacted, replacedKeyId=" + replacedKeyId + "]";
    }
}
