package dev.keysmith.domain.key;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.ProductCode;

/** Which key a stored row is, whose it is and what it is called; one of the groups {@link ApiKey#restore} takes. */
public record KeyIdentity(ApiKeyId id, AccountId accountId, ProductCode product, KeyName name) {}
