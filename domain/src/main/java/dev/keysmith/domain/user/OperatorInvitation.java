package dev.keysmith.domain.user;

import dev.keysmith.domain.account.Invitation.InvitationNotUsableException;
import dev.keysmith.domain.shared.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A one-time offer to become an operator; only a digest of its token is stored. */
public record OperatorInvitation(
        UUID id,
        Email email,
        String tokenDigest,
        UserId invitedBy,
        Instant createdAt,
        Instant expiresAt,
        Instant acceptedAt) {

    /** Shorter than an account invitation: it grants platform-wide power. */
    public static final Duration VALID_FOR = Duration.ofDays(2);

    public OperatorInvitation {
        Require.present(id, "id");
        Require.present(email, "email");
        Require.present(tokenDigest, "tokenDigest");
        Require.present(invitedBy, "invitedBy");
        Require.present(createdAt, "createdAt");
        Require.present(expiresAt, "expiresAt");
    }

    public static OperatorInvitation send(Email email, String tokenDigest, UserId invitedBy, Instant now) {
        return new OperatorInvitation(UUID.randomUUID(), email, tokenDigest, invitedBy, now, now.plus(VALID_FOR), null);
    }

    public boolean isPending(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    public OperatorInvitation accept(Instant now) {
        if (!isPending(now)) {
            throw new InvitationNotUsableException();
        }
        return new OperatorInvitation(id, email, tokenDigest, invitedBy, createdAt, expiresAt, now);
    }
}
