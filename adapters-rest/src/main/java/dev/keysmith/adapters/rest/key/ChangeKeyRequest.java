package dev.keysmith.adapters.rest.key;

import dev.keysmith.adapters.rest.product.ScopeNames;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.product.Scope;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** Fields left out (or null) keep their value; an empty allowlist opens the key to any address. */
public record ChangeKeyRequest(
        @Size(min = 1, max = 64) String name,
        @Size(min = 1, max = 50) List<@NotNull @Size(max = 40) String> scopes,
        @Size(max = 100) List<@NotNull @Size(max = 64) String> ipAllowlist) {

    KeyChange toChange() {
        return new KeyChange(name == null ? null : new KeyName(name), ScopeNames.toScopes(scopes), ipAllowlist);
    }

    /** The edit as domain values, null where nothing changes. */
    record KeyChange(KeyName name, Set<Scope> scopes, List<String> ipAllowlist) {}
}
