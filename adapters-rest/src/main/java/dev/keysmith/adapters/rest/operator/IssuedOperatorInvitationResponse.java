package dev.keysmith.adapters.rest.operator;

import dev.keysmith.application.port.in.operator.InviteOperatorUseCase.IssuedOperatorInvitation;
import java.time.Instant;
import java.util.UUID;

/** A new operator invitation with its one-time token, shown in this response only. */
public record IssuedOperatorInvitationResponse(UUID id, String email, String token, Instant expiresAt) {

    public static IssuedOperatorInvitationResponse from(IssuedOperatorInvitation issued) {
        return new IssuedOperatorInvitationResponse(
                issued.invitation().id(),
                issued.invitation().email().value(),
                issued.token(),
                issued.invitation().expiresAt());
    }

    @Override
    public String toString() {
        return "IssuedOperatorInvitationResponse[" + id + ", redacted]";
    }
}
