package dev.keysmith.domain.account;

import dev.keysmith.domain.shared.ConflictException;
import dev.keysmith.domain.shared.Require;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A one-time offer to join an account with a role; only a digest of its token is stored. */
public record Invitation(
        UUID id,
        AccountId accountId,
        Email email,
        Role role,
        String tokenDigest,
        UserId invitedBy,
        Instant createdAt,
        Instant expiresAt,
        Instant acceptedAt) {

    public static final Duration VALID_FOR = Duration.ofDays(7);

    public Invitation {
        Require.present(id, "id");
        Require.present(accountId, "accountId");
        Require.present(email, "email");
        Require.present(role, "role");
        Require.present(tokenDigest, "tokenDigest");
        Require.present(createdAt, "createdAt");
        Require.present(expiresAt, "expiresAt");
    }

    public static Invitation send(
            AccountId accountId, Email email, Role role, String tokenDigest, UserId invitedBy, Instant now) {
        return new Invitation(
                UUID.randomUUID(), accountId, email, role, tokenDigest, invitedBy, now, now.plus(VALID_FOR), null);
    }

    public boolean isPending(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    public Invitation accept(Instant now) {
        if (!isPending(now)) {
            throw new InvitationNotUsableException();
        }
        return new Invitation(id, accountId, email, role, tokenDigest, invitedBy, createdAt, expiresAt, now);
    }

    /** Used, expired or unknown look alike, so a token reveals nothing. */
    public static final class InvitationNotUsableException extends ConflictException {

        public InvitationNotUsableException() {
            super("INVITATION_NOT_USABLE", "this invitation is unknown, expired or already used");
        }
    }
}
