package dev.keysmith.application.port.in.user;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.User;
import java.util.List;

/** The signed-in person's profile and memberships. */
public interface GetProfileUseCase {

    Profile profile(GetProfileQuery query);

    record GetProfileQuery(Caller caller) {}

    record Profile(User user, List<MembershipView> memberships) {}

    record MembershipView(Account account, Role role) {}
}
