package dev.keysmith.adapters.rest.integrator;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.integrator.ManageIntegratorsUseCase.CreateIntegratorCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.user.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code phone} in E.164 form ({@code +447911123456}); spaces and dashes are allowed and dropped. */
public record CreateIntegratorRequest(
        @NotNull @Size(max = 100) String name,
        @NotNull @Size(max = 254) String email,
        @NotNull @Size(max = 32) String phone) {

    CreateIntegratorCommand toCommand(Caller caller, AccountId account) {
        return new CreateIntegratorCommand(caller, account, name, new Email(email), phone);
    }
}
