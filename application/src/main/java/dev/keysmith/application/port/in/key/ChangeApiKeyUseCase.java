package dev.keysmith.application.port.in.key;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.product.Scope;
import java.util.List;
import java.util.Set;

/** An ADMIN renames a key, changes its scopes or allowlist, or switches it off and on again. */
public interface ChangeApiKeyUseCase {

    ApiKey edit(EditApiKeyCommand command);

    ApiKey disable(DisableApiKeyCommand command);

    ApiKey enable(EnableApiKeyCommand command);

    /** Null fields stay as they are. */
    record EditApiKeyCommand(
            Caller caller,
            AccountId account,
            ApiKeyId key,
            KeyName name,
            Set<Scope> scopes,
            List<String> ipAllowlist) {}

    record DisableApiKeyCommand(Caller caller, AccountId account, ApiKeyId key) {}

    record EnableApiKeyCommand(Caller caller, AccountId account, ApiKeyId key) {}
}
