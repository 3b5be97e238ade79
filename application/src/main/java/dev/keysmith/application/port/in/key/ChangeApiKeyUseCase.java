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

    /** Null fields stay as they are. */
    ApiKey edit(Caller caller, AccountId account, ApiKeyId key, KeyName name, Set<Scope> scopes,
            List<String> ipAllowlist);

    ApiKey disable(Caller caller, AccountId account, ApiKeyId key);

    ApiKey enable(Caller caller, AccountId account, ApiKeyId key);
}
