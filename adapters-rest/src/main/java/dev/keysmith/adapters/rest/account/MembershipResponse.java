package dev.keysmith.adapters.rest.account;

import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.account.Role;
import java.util.UUID;

/** A person's role in one account. */
public record MembershipResponse(UUID accountId, UUID userId, Role role) {

    public static MembershipResponse from(Membership membership) {
        return new MembershipResponse(
                membership.accountId().value(), membership.userId().value(), membership.role());
    }
}
