package dev.keysmith.application.port.in.key;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.ProductCode;

/** An ADMIN lists and reads the account's keys: hints only, never secrets. */
public interface ListApiKeysUseCase {

    Page<ApiKey> listKeys(ListApiKeysQuery query);

    ApiKey getKey(GetApiKeyQuery query);

    /** {@code product} and {@code status} null: no filter; {@code after} and {@code limit} page the list. */
    record ListApiKeysQuery(
            Caller caller, AccountId account, ProductCode product, KeyStatus status, String after, Integer limit) {}

    record GetApiKeyQuery(Caller caller, AccountId account, ApiKeyId key) {}
}
