package dev.keysmith.application.port.in.key;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.Require;
import java.util.List;
import java.util.Set;

/**
 * An ADMIN brings a key of the customer's legacy system over, confirming with their PIN: the plaintext
 * {@code secret} or, when it is not at hand, its hex {@code sha256} (exactly one of the two). The key is never
 * shown again; it verifies by digest and follows the same lifecycle as a generated one.
 */
public interface ImportApiKeyUseCase {

    ApiKey importKey(ImportApiKeyCommand command);

    record ImportApiKeyCommand(
            Caller caller,
            AccountId account,
            ProductCode product,
            KeyName name,
            Set<Scope> scopes,
            List<String> ipAllowlist,
            String pin,
            String secret,
            String sha256) {

        public ImportApiKeyCommand {
            Require.present(caller, "caller");
            Require.present(account, "accountId");
            Require.present(product, "product");
            Require.present(name, "name");
        }

        @Override
        public String toString() {
            return "ImportApiKeyCommand[" + account + ", " + product + ", " + name + ", pin and key redacted]";
        }
    }
}
