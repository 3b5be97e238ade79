package dev.keysmith.adapters.rest.user;

import dev.keysmith.application.port.in.user.GetProfileUseCase.MembershipView;
import dev.keysmith.application.port.in.user.GetProfileUseCase.Profile;
import dev.keysmith.domain.account.AccountStatus;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.user.User;
import java.util.List;
import java.util.UUID;

/** Who the caller is and where they belong; says whether a PIN is set, never anything about it. */
public record ProfileResponse(
        UUID id,
        String email,
        String displayName,
        boolean operator,
        boolean pinSet,
        List<MembershipResponse> memberships) {

    public static ProfileResponse from(Profile profile) {
        User user = profile.user();
        return new ProfileResponse(
                user.id().value(),
                user.email().value(),
                user.displayName().value(),
                user.operator(),
                user.hasPin(),
                profile.memberships().stream().map(MembershipResponse::from).toList());
    }

    public record MembershipResponse(UUID accountId, String accountName, AccountStatus accountStatus, Role role) {

        static MembershipResponse from(MembershipView view) {
            return new MembershipResponse(
                    view.account().id().value(),
                    view.account().name().value(),
                    view.account().status(),
                    view.role());
        }
    }
}
