package dev.keysmith.adapters.persistence.account;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Invitation;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.UserId;

final class InvitationMapper {

    private InvitationMapper() {}

    static Invitation toDomain(InvitationJpaEntity entity) {
        return new Invitation(
                entity.id,
                new AccountId(entity.accountId),
                new Email(entity.email),
                entity.role,
                entity.tokenDigest,
                entity.invitedBy == null ? null : new UserId(entity.invitedBy),
                entity.createdAt,
                entity.expiresAt,
                entity.acceptedAt);
    }

    static void copyInto(Invitation invitation, InvitationJpaEntity entity) {
        entity.id = invitation.id();
        entity.accountId = invitation.accountId().value();
        entity.email = invitation.email().value();
        entity.role = invitation.role();
        entity.tokenDigest = invitation.tokenDigest();
        entity.invitedBy =
                invitation.invitedBy() == null ? null : invitation.invitedBy().value();
        entity.createdAt = invitation.createdAt();
        entity.expiresAt = invitation.expiresAt();
        entity.acceptedAt = invitation.acceptedAt();
    }
}
