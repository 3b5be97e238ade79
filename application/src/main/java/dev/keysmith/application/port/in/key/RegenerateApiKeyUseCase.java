package dev.keysmith.application.port.in.key;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase.GeneratedApiKey;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKeyId;
import java.time.Duration;

/**
 * An ADMIN replaces a key with a new one (same name, product, scopes, allowlist), confirming with their PIN;
 * the old key dies at once or, with a grace period of up to 24 h, when it ends.
 */
public interface RegenerateApiKeyUseCase {

    GeneratedApiKey regenerate(RegenerateApiKeyCommand command);

    /**
     * {@code gracePeriod} null: the old key dies at once. The PIN stays text: it is checked, and its attempt
     * counted, only after the caller may act on the key.
     */
    record RegenerateApiKeyCommand(Caller caller, AccountId account, ApiKeyId key, String pin, Duration gracePeriod) {

        @Override
        public String toString() {
            return "RegenerateApiKeyCommand[" + account + ", " + key + ", " + gracePeriod + ", pin redacted]";
        }
    }
}
