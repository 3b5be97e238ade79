package dev.keysmith.adapters.rest.key;

import dev.keysmith.adapters.rest.product.ScopeNames;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase.GenerateApiKeyCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.key.KeyName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** No scopes: the product's defaults; no allowlist: any address; {@code expiresAt} an ISO-8601 instant. */
public record GenerateKeyRequest(
        @NotBlank @Size(max = 40) String product,
        @NotNull @Size(max = 64) String name,
        @Size(max = 50) List<@NotNull @Size(max = 40) String> scopes,
        @Size(max = 100) List<@NotNull @Size(max = 64) String> ipAllowlist,
        Instant expiresAt,
        @NotNull @Pattern(regexp = "[0-9]{6}") String pin,
        String integratorId) {

    /** A key shown once to the caller. */
    public GenerateKeyRequest(
            String product, String name, List<String> scopes, List<String> ipAllowlist, Instant expiresAt, String pin) {
        this(product, name, scopes, ipAllowlist, expiresAt, pin, null);
    }

    GenerateApiKeyCommand toCommand(Caller caller, AccountId account) {
        return new GenerateApiKeyCommand(
                caller,
                account,
                KeyParams.product(product),
                new KeyName(name),
                ScopeNames.toScopes(scopes),
                ipAllowlist,
                expiresAt,
                pin,
                integratorId == null ? null : IntegratorId.parse(integratorId));
    }

    @Override
    public String toString() {
        return "GenerateKeyRequest[product=" + product + ", name=" + name + ", scopes=" + scopes + ", ipAllowlist="
                + ipAllowlist + ", expiresAt=" + expiresAt
                + (integratorId == null ? "" : ", integratorId=" + integratorId)
                + ", pin redacted]";
    }
}
