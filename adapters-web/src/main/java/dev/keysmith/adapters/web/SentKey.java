package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase.GeneratedApiKey;
import dev.keysmith.domain.integrator.Integrator;
import io.quarkus.qute.TemplateData;

/** A key made for an API user, as the page after generate or regenerate tells of it: to whom it went, never what. */
@TemplateData
public record SentKey(String keyId, String keyName, String product, IntegratorRow integrator, String linkExpiresAt) {

    static SentKey of(GeneratedApiKey generated, Integrator integrator) {
        return new SentKey(
                generated.key().id().toString(),
                generated.key().name().value(),
                generated.key().product().value(),
                IntegratorRow.of(integrator),
                Moments.of(generated.delivery().expiresAt()));
    }
}
