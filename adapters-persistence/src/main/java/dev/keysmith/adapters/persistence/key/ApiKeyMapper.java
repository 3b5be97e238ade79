package dev.keysmith.adapters.persistence.key;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyEnding;
import dev.keysmith.domain.key.KeyHint;
import dev.keysmith.domain.key.KeyIdentity;
import dev.keysmith.domain.key.KeyLifecycle;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.key.KeyRestrictions;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.key.StoredSecret;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.user.UserId;
import java.util.Arrays;
import java.util.List;

final class ApiKeyMapper {

    private ApiKeyMapper() {}

    static ApiKey toDomain(ApiKeyJpaEntity e) {
        return ApiKey.restore(
                new KeyIdentity(
                        new ApiKeyId(e.id),
                        new AccountId(e.accountId),
                        new ProductCode(e.productCode),
                        new KeyName(e.name)),
                new KeyRestrictions(
                        Arrays.stream(e.scopes).map(Scope::new).toList(), List.of(e.ipAllowlist), e.expiresAt),
                new StoredSecret(e.secretHash, new KeyHint(e.hint)),
                new KeyLifecycle(
                        KeyStatus.valueOf(e.status),
                        e.createdBy == null ? null : new UserId(e.createdBy),
                        e.createdAt,
                        e.lastUsedAt),
                new KeyEnding(
                        e.replacedBy == null ? null : new ApiKeyId(e.replacedBy),
                        e.graceUntil,
                        e.revokedAt,
                        e.expiredAt),
                e.version);
    }

    static void copyInto(ApiKey key, ApiKeyJpaEntity e) {
        e.id = key.id().value();
        e.accountId = key.accountId().value();
        e.productCode = key.product().value();
        e.name = key.name().value();
        e.scopes = key.scopes().stream().map(Scope::value).toArray(String[]::new);
        e.ipAllowlist = key.ipAllowlist().toArray(String[]::new);
        e.expiresAt = key.expiresAt();
        e.createdBy = key.createdBy() == null ? null : key.createdBy().value();
        e.createdAt = key.createdAt();
        e.lastUsedAt = key.lastUsedAt();
        e.status = key.status().name();
        e.secretHash = key.secretHash();
        e.hint = key.hint().toString();
        e.replacedBy = key.replacedBy() == null ? null : key.replacedBy().value();
        e.graceUntil = key.graceUntil();
        e.revokedAt = key.revokedAt();
        e.expiredAt = key.expiredAt();
    }
}
