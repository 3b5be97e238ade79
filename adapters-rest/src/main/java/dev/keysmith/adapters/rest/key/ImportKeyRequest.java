package dev.keysmith.adapters.rest.key;

import dev.keysmith.adapters.rest.product.ScopeNames;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.key.ImportApiKeyUseCase.ImportApiKeyCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.KeyName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A legacy key: its plaintext {@code secret} or its hex {@code sha256}, exactly one of the two. */
public record ImportKeyRequest(
        @NotBlank @Size(max = 40) String product,
        @NotNull @Size(max = 64) String name,
        @Size(max = 50) List<@NotNull @Size(max = 40) String> scopes,
        @Size(max = 100) List<@NotNull @Size(max = 64) String> ipAllowlist,
        @NotNull @Pattern(regexp = "[0-9]{6}") String pin,
        @Size(max = 256) String secret,
        @Size(max = 64) String sha256) {

    ImportApiKeyCommand toCommand(Caller caller, AccountId account) {
        return new ImportApiKeyCommand(
                caller,
                account,
                KeyParams.product(product),
                new KeyName(name),
                ScopeNames.toScopes(scopes),
                ipAllowlist,
                pin,
                secret,
                sha256);
    }

    @Override
    public String toString() {
        return "ImportKeyRequest[product=" + product + ", name=" + name + ", pin and key redacted]";
    }
}
