package dev.keysmith.application.port.in.account;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.UserId;

/** A SUPERADMIN changes a member's role or removes them; the last SUPERADMIN stays (409). */
public interface ChangeMemberUseCase {

    Membership changeRole(ChangeMemberRoleCommand command);

    void removeMember(RemoveMemberCommand command);

    record ChangeMemberRoleCommand(Caller caller, AccountId account, UserId member, Role role) {}

    record RemoveMemberCommand(Caller caller, AccountId account, UserId member) {}
}
