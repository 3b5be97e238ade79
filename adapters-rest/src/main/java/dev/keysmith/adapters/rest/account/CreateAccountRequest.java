package dev.keysmith.adapters.rest.account;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.account.CreateAccountUseCase.CreateAccountCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountName;
import dev.keysmith.domain.user.Email;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new account, optionally the sub-account of a master, and the person invited to own it. */
public record CreateAccountRequest(
        @NotNull @Size(max = 100) String name,
        UUID parentAccountId,
        @NotNull @Valid Owner owner) {

    CreateAccountCommand toCommand(Caller caller) {
        return new CreateAccountCommand(
                caller,
                new AccountName(name),
                parentAccountId == null ? null : new AccountId(parentAccountId),
                new Email(owner.email()),
                owner.displayName());
    }

    public record Owner(
            @NotNull @Size(max = 254) String email,
            @NotNull @Size(max = 100) String displayName) {}
}
