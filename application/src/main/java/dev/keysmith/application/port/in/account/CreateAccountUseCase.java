package dev.keysmith.application.port.in.account;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.account.InviteMemberUseCase.IssuedInvitation;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;

/** An operator opens an account; its owner is invited as the first SUPERADMIN. */
public interface CreateAccountUseCase {

    CreatedAccount createAccount(CreateAccountCommand command);

    record CreateAccountCommand(Caller caller, String name, AccountId parentAccountId, String ownerEmail,
            String ownerDisplayName) {
    }

    record CreatedAccount(Account account, IssuedInvitation ownerInvitation) {
    }
}
