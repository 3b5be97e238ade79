package dev.keysmith.application.port.in.account;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.account.InviteMemberUseCase.IssuedInvitation;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountName;
import dev.keysmith.domain.user.Email;

/** An operator opens an account; its owner is invited as the first SUPERADMIN. */
public interface CreateAccountUseCase {

    CreatedAccount createAccount(CreateAccountCommand command);

    /** {@code ownerDisplayName} is the name the owner was announced with; they choose their own on accepting. */
    record CreateAccountCommand(
            Caller caller, AccountName name, AccountId parentAccountId, Email ownerEmail, String ownerDisplayName) {}

    record CreatedAccount(Account account, IssuedInvitation ownerInvitation) {}
}
