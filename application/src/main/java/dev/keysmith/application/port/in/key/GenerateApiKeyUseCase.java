package dev.keysmith.application.port.in.key;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeySecret;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.Require;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An ADMIN generates a key for an enabled product, confirming with their PIN; the secret is shown once. */
public interface GenerateApiKeyUseCase {

    GeneratedApiKey generate(GenerateApiKeyCommand command);

    /**
     * {@code scopes} null or empty: the product's defaults; {@code ipAllowlist} null or empty: any address;
     * {@code integrator} set: the key is made for that integrator of the account and delivered to them.
     */
    record GenerateApiKeyCommand(
            Caller caller,
            AccountId account,
            ProductCode product,
            KeyName name,
            Set<Scope> scopes,
            List<String> ipAllowlist,
            Instant expiresAt,
            String pin,
            IntegratorId integrator) {

        public GenerateApiKeyCommand {
            Require.present(caller, "caller");
            Require.present(account, "accountId");
            Require.present(product, "product");
            Require.present(name, "name");
        }

        /** A key for the account's admins, shown once to the caller. */
        public GenerateApiKeyCommand(
                Caller caller,
                AccountId account,
                ProductCode product,
                KeyName name,
                Set<Scope> scopes,
                List<String> ipAllowlist,
                Instant expiresAt,
                String pin) {
            this(caller, account, product, name, scopes, ipAllowlist, expiresAt, pin, null);
        }

        @Override
        public String toString() {
            return "GenerateApiKeyCommand[" + account + ", " + product + ", " + name + ", pin redacted]";
        }
    }

    /**
     * The stored key and its secret, which exists nowhere else once this response is gone; or, for a key made for
     * an integrator, no secret and the {@code delivery} that carries it to them.
     */
    record GeneratedApiKey(ApiKey key, ApiKeySecret secret, KeyDelivery delivery) {

        public GeneratedApiKey(ApiKey key, ApiKeySecret secret) {
            this(key, secret, null);
        }

        @Override
        public String toString() {
            return "GeneratedApiKey[" + key.id() + ", " + (secret == null ? "delivered" : secret) + "]";
        }
    }
}
