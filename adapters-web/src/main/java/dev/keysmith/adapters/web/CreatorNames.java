package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.account.ListMembersUseCase;
import dev.keysmith.application.port.in.account.ListMembersUseCase.ListMembersQuery;
import dev.keysmith.application.port.in.account.ListMembersUseCase.Member;
import dev.keysmith.application.port.in.user.GetProfileUseCase;
import dev.keysmith.application.port.in.user.GetProfileUseCase.GetProfileQuery;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** Who made each key, by name where the caller may see the members; the caller themself as "you". */
@ApplicationScoped
public class CreatorNames {

    static final String SOMEONE = "another member";

    private final GetProfileUseCase profiles;
    private final ListMembersUseCase members;

    CreatorNames(GetProfileUseCase profiles, ListMembersUseCase members) {
        this.profiles = profiles;
        this.members = members;
    }

    Map<UserId, String> of(Caller caller, AccountId account) {
        Map<UserId, String> names = new HashMap<>();
        boolean superadmin = profiles.profile(new GetProfileQuery(caller)).memberships().stream()
                .anyMatch(m -> m.account().id().equals(account) && m.role() == Role.SUPERADMIN);
        if (superadmin) {
            for (Member member :
                    members.listMembers(new ListMembersQuery(caller, account)).members()) {
                names.put(member.user().id(), member.user().displayName().value());
            }
        }
        names.put(caller.userId(), "you");
        return names;
    }
}
