package dev.keysmith.application.port.out;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.ProductCode;
import java.util.List;
import java.util.Optional;

/** Stores API keys: only the peppered hash of a secret and its display hint, never the secret. */
public interface ApiKeyPort {

    Optional<ApiKey> loadKey(ApiKeyId id);

    /** Loads the key and locks its row until the transaction ends, so concurrent changes queue up. */
    Optional<ApiKey> lockKey(ApiKeyId id);

    /** Keys of the account, newest first by id order, optionally of one product and/or stored status. */
    List<ApiKey> loadKeys(AccountId account, ProductCode product, KeyStatus status, ApiKeyId after, int limit);

    /**
     * Serialises key generation for one account and product until the transaction ends, so a limit check and
     * the insert after it cannot interleave with another generation's.
     */
    void lockProductKeys(AccountId account, ProductCode product);

    /** Keys of the account and product that still count toward the limit (ACTIVE or DISABLED). */
    int countLiveKeys(AccountId account, ProductCode product);

    /** Stores a new key; its secret hash is unique. */
    void insertKey(ApiKey key);

    /**
     * Stores a changed key if nobody changed it since it was loaded (its version), bumping the version;
     * throws {@code ConcurrentKeyChangeException} otherwise.
     */
    void updateKey(ApiKey key);
}
