package dev.keysmith.adapters.rest.slice;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.key.ChangeApiKeyUseCase;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase;
import dev.keysmith.application.port.in.key.ListApiKeysUseCase;
import dev.keysmith.application.port.in.key.RegenerateApiKeyUseCase;
import dev.keysmith.application.port.in.key.RevokeApiKeyUseCase;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.Scope;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Satisfies the key and verify resources' dependencies; bootstrap's end-to-end tests cover that slice. */
@Singleton
public class UnusedKeyUseCases implements GenerateApiKeyUseCase, ListApiKeysUseCase, ChangeApiKeyUseCase,
        RegenerateApiKeyUseCase, RevokeApiKeyUseCase, VerifyApiKeyUseCase {

    @Override
    public GeneratedApiKey generate(GenerateApiKeyCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<ApiKey> listKeys(Caller caller, AccountId account, ProductCode product, KeyStatus status, String after,
            Integer limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApiKey getKey(Caller caller, AccountId account, ApiKeyId key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApiKey edit(Caller caller, AccountId account, ApiKeyId key, KeyName name, Set<Scope> scopes,
            List<String> ipAllowlist) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApiKey disable(Caller caller, AccountId account, ApiKeyId key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApiKey enable(Caller caller, AccountId account, ApiKeyId key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public GeneratedApiKey regenerate(Caller caller, AccountId account, ApiKeyId key, String pin, Duration grace) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApiKey revoke(Caller caller, AccountId account, ApiKeyId key, String pin) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Verification verify(VerifyCommand command) {
        throw new UnsupportedOperationException();
    }
}
