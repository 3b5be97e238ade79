package dev.keysmith.adapters.persistence.shared;

import static dev.keysmith.adapters.persistence.shared.SqlValues.instant;
import static dev.keysmith.adapters.persistence.shared.SqlValues.strings;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;

/** Rebuilds a key from an {@code api_key} row read with plain JDBC (the sweep's and the snapshot's reads). */
public final class ApiKeyRows {

    private ApiKeyRows() {}

    public static ApiKey key(ResultSet row) throws SQLException {
        return key(row, Sharing.NOTHING);
    }

    /**
     * The key, with the values many keys have in common (account, product, its set of scopes, allowlist entries,
     * creator) taken from {@code shared}, so a cache of many keys holds one copy of each.
     */
    public static ApiKey key(ResultSet row, Sharing shared) throws SQLException {
        UUID createdBy = row.getObject("created_by", UUID.class);
        UUID replacedBy = row.getObject("replaced_by", UUID.class);
        return ApiKey.restore(
                new KeyIdentity(
                        new ApiKeyId(row.getObject("id", UUID.class)),
                        shared.share(new AccountId(row.getObject("account_id", UUID.class))),
                        shared.share(new ProductCode(row.getString("product_code"))),
                        shared.share(new KeyName(row.getString("name")))),
                new KeyRestrictions(
                        shared.share(ApiKey.scopeSet(Arrays.stream(strings(row.getArray("scopes")))
                                .map(scope -> shared.share(new Scope(scope)))
                                .toList())),
                        Arrays.stream(strings(row.getArray("ip_allowlist")))
                                .map(shared::share)
                                .toList(),
                        instant(row, "expires_at")),
                new StoredSecret(row.getString("secret_hash"), new KeyHint(row.getString("hint"))),
                new KeyLifecycle(
                        KeyStatus.valueOf(row.getString("status")),
                        createdBy == null ? null : shared.share(new UserId(createdBy)),
                        instant(row, "created_at"),
                        instant(row, "last_used_at")),
                new KeyEnding(
                        replacedBy == null ? null : new ApiKeyId(replacedBy),
                        instant(row, "grace_until"),
                        instant(row, "revoked_at"),
                        instant(row, "expired_at")),
                row.getLong("version"));
    }

    /** Gives an equal instance kept for sharing (an interner), or the value itself. */
    public interface Sharing {

        Sharing NOTHING = new Sharing() {
            @Override
            public <T> T share(T value) {
                return value;
            }
        };

        <T> T share(T value);
    }
}
