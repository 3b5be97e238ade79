package dev.keysmith.adapters.rest.integrator;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.integrator.ManageIntegratorsUseCase.ChangeIntegratorCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.user.Email;
import jakarta.validation.constraints.Size;

/** Fields left out (or null) keep their value; {@code active: false} makes the integrator's keys DISABLED. */
public record ChangeIntegratorRequest(
        @Size(min = 1, max = 100) String name,
        @Size(max = 254) String email,
        @Size(max = 32) String phone,
        Boolean active) {

    ChangeIntegratorCommand toCommand(Caller caller, AccountId account, IntegratorId integrator) {
        return new ChangeIntegratorCommand(
                caller, account, integrator, name, email == null ? null : new Email(email), phone, active);
    }
}
