package dev.keysmith.application.user;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.user.GetProfileUseCase;
import dev.keysmith.application.port.out.AccountPort;
import dev.keysmith.application.port.out.MembershipPort;
import dev.keysmith.application.port.out.UserNotFoundException;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.domain.user.User;
import java.util.List;

/** The signed-in person's profile with the accounts they belong to. */
public final class ProfileService implements GetProfileUseCase {

    private final UserPort users;
    private final MembershipPort memberships;
    private final AccountPort accounts;

    public ProfileService(UserPort users, MembershipPort memberships, AccountPort accounts) {
        this.users = users;
        this.memberships = memberships;
        this.accounts = accounts;
    }

    @Override
    public Profile profile(GetProfileQuery query) {
        Caller caller = query.caller();
        User user = users.loadUser(caller.userId()).orElseThrow(UserNotFoundException::new);
        List<MembershipView> views = memberships.loadMembershipsOf(user.id()).stream()
                .flatMap(m -> accounts.loadAccount(m.accountId()).map(a -> new MembershipView(a, m.role())).stream())
                .toList();
        return new Profile(user, views);
    }
}
