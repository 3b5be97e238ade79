package dev.keysmith.adapters.rest.account;

import dev.keysmith.application.port.in.account.InviteMemberUseCase.IssuedInvitation;
import dev.keysmith.domain.account.Role;
import java.time.Instant;
import java.util.UUID;

/** A new invitation with its one-time token, shown in this response only. */
public record IssuedInvitationResponse(UUID id, String email, Role role, String token, Instant expiresAt) {

    public static IssuedInvitationResponse from(IssuedInvitation issued) {
        return new IssuedInvitationResponse(
                issued.invitation().id(),
                issued.invitation().email().value(),
                issued.invitation().role(),
                issued.token(),
                issued.invitation().expiresAt());
    }

    @Override
    public String toString() {
        return "IssuedInvitationResponse[" + id + ", " + role + ", redacted]";
    }
}
