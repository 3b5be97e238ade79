package dev.keysmith.adapters.web;

import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.verifier.VerifierClient;
import io.quarkus.qute.TemplateData;
import java.util.stream.Collectors;

/** One product backend's credentials as a row: its client id, never its secret or the secret's hash. */
@TemplateData
public record VerifierClientRow(
        String id, String clientId, String name, String products, boolean enabled, String created, String rolled) {

    static VerifierClientRow of(VerifierClient client) {
        return new VerifierClientRow(
                client.id().toString(),
                client.clientId().value(),
                client.name(),
                client.products().stream().map(ProductCode::value).collect(Collectors.joining(", ")),
                client.enabled(),
                Moments.of(client.createdAt()),
                Moments.of(client.secretRolledAt()));
    }
}
