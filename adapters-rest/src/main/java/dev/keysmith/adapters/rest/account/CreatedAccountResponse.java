package dev.keysmith.adapters.rest.account;

import dev.keysmith.application.port.in.account.CreateAccountUseCase.CreatedAccount;
import dev.keysmith.domain.account.AccountStatus;
import java.time.Instant;
import java.util.UUID;

/** The new account's fields plus the owner's invitation, whose token is shown only here. */
public record CreatedAccountResponse(
        UUID id,
        String name,
        UUID parentAccountId,
        AccountStatus status,
        Instant createdAt,
        IssuedInvitationResponse ownerInvitation) {

    public static CreatedAccountResponse from(CreatedAccount created) {
        AccountResponse account = AccountResponse.from(created.account());
        return new CreatedAccountResponse(
                account.id(),
                account.name(),
                account.parentAccountId(),
                account.status(),
                account.createdAt(),
                IssuedInvitationResponse.from(created.ownerInvitation()));
    }
}
