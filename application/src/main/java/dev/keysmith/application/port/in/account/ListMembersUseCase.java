package dev.keysmith.application.port.in.account;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Invitation;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.User;
import java.util.List;

/** A SUPERADMIN lists the account's members and its pending invitations. */
public interface ListMembersUseCase {

    Members listMembers(ListMembersQuery query);

    record ListMembersQuery(Caller caller, AccountId account) {}

    record Members(List<Member> members, List<Invitation> pendingInvitations) {}

    record Member(User user, Role role) {}
}
