package dev.keysmith.adapters.persistence.user;

import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.OperatorInvitation;
import dev.keysmith.domain.user.UserId;

final class OperatorInvitationMapper {

    private OperatorInvitationMapper() {}

    static OperatorInvitation toDomain(OperatorInvitationJpaEntity entity) {
        return new OperatorInvitation(
                entity.id,
                new Email(entity.email),
                entity.tokenDigest,
                new UserId(entity.invitedBy),
                entity.createdAt,
                entity.expiresAt,
                entity.acceptedAt);
    }

    static void copyInto(OperatorInvitation invitation, OperatorInvitationJpaEntity entity) {
        entity.id = invitation.id();
        entity.email = invitation.email().value();
        entity.tokenDigest = invitation.tokenDigest();
        entity.invitedBy = invitation.invitedBy().value();
        entity.createdAt = invitation.createdAt();
        entity.expiresAt = invitation.expiresAt();
        entity.acceptedAt = invitation.acceptedAt();
    }
}
