package dev.keysmith.application.port.in.key;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;

/** An ADMIN kills a key for good, confirming with their PIN; the row stays as a tombstone without hash. */
public interface RevokeApiKeyUseCase {

    ApiKey revoke(RevokeApiKeyCommand command);

    /** The PIN stays text: it is checked, and its attempt counted, only after the caller may act on the key. */
    record RevokeApiKeyCommand(Caller caller, AccountId account, ApiKeyId key, String pin) {

        @Override
        public String toString() {
            return "RevokeApiKeyCommand[" + account + ", " + key + ", pin redacted]";
        }
    }
}
