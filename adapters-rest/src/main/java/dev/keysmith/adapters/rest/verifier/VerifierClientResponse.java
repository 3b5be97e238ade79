package dev.keysmith.adapters.rest.verifier;

import dev.keysmith.application.port.in.verifier.ManageVerifierClientsUseCase.IssuedClient;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.verifier.VerifierClient;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A product backend's credentials; {@code clientSecret} is present only right after creating or rolling. */
public record VerifierClientResponse(
        UUID id,
        String clientId,
        String name,
        List<String> products,
        boolean enabled,
        Instant createdAt,
        String clientSecret) {

    public static VerifierClientResponse from(VerifierClient client) {
        return withSecret(client, null);
    }

    public static VerifierClientResponse from(IssuedClient issued) {
        return withSecret(issued.client(), issued.secret());
    }

    private static VerifierClientResponse withSecret(VerifierClient client, String secret) {
        return new VerifierClientResponse(
                client.id(),
                client.clientId().value(),
                client.name(),
                client.products().stream().map(ProductCode::value).toList(),
                client.enabled(),
                client.createdAt(),
                secret);
    }

    @Override
    public String toString() {
        return "VerifierClientResponse[" + clientId + (clientSecret == null ? "" : ", redacted") + "]";
    }
}
