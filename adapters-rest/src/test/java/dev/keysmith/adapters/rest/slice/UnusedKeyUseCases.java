package dev.keysmith.adapters.rest.slice;

import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.key.ChangeApiKeyUseCase;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase;
import dev.keysmith.application.port.in.key.ListApiKeysUseCase;
import dev.keysmith.application.port.in.key.RegenerateApiKeyUseCase;
import dev.keysmith.application.port.in.key.RevokeApiKeyUseCase;
import dev.keysmith.domain.key.ApiKey;
import jakarta.inject.Singleton;

/** Satisfies the key resources' dependencies; bootstrap's end-to-end tests cover that slice. */
@Singleton
public class UnusedKeyUseCases
        implements GenerateApiKeyUseCase,
                ListApiKeysUseCase,
                ChangeApiKeyUseCase,
                RegenerateApiKeyUseCase,
                RevokeApiKeyUseCase {

    @Override
    public GeneratedApiKey generate(GenerateApiKeyCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<ApiKey> listKeys(ListApiKeysQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApiKey getKey(GetApiKeyQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApiKey edit(EditApiKeyCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApiKey disable(DisableApiKeyCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApiKey enable(EnableApiKeyCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public GeneratedApiKey regenerate(RegenerateApiKeyCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApiKey revoke(RevokeApiKeyCommand command) {
        throw new UnsupportedOperationException();
    }
}
