package dev.keysmith.adapters.rest.account;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.account.InviteMemberUseCase.InviteMemberCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record InviteMemberRequest(
        @NotNull @Size(max = 254) String email, @NotNull Role role) {

    InviteMemberCommand toCommand(Caller caller, AccountId account) {
        return new InviteMemberCommand(caller, account, new Email(email), role);
    }
}
