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
import java.util.List;
import java.util.UUID;

/** Rebuilds a key from an {@code api_key} row read with plain JDBC (the sweep's and the snapshot's reads). */
public final class ApiKeyRows {

    private ApiKeyRows() {}

    public static ApiKey key(ResultSet row) throws SQLException {
        UUID createdBy = row.getObject("created_by", UUID.class);
        UUID replacedBy = row.getObject("replaced_by", UUID.class);
        return ApiKey.restore(
                new KeyIdentity(
                        new ApiKeyId(row.getObject("id", UUID.class)),
                        new AccountId(row.getObject("account_id", UUID.class)),
                        new ProductCode(row.getString("product_code")),
                        new KeyName(row.getString("name"))),
                new KeyRestrictions(
                        Arrays.stream(strings(row.getArray("scopes")))
                                .map(Scope::new)
                                .toList(),
                        List.of(strings(row.getArray("ip_allowlist"))),
                        instant(row, "expires_at")),
                new StoredSecret(row.getString("secret_hash"), new KeyHint(row.getString("hint"))),
                new KeyLifecycle(
                        KeyStatus.valueOf(row.getString("status")),
                        createdBy == null ? null : new UserId(createdBy),
                        instant(row, "created_at"),
                        instant(row, "last_used_at")),
                new KeyEnding(
                        replacedBy == null ? null : new ApiKeyId(replacedBy),
                        instant(row, "grace_until"),
                        instant(row, "revoked_at"),
                        instant(row, "expired_at")),
                row.getLong("version"));
    }
}
