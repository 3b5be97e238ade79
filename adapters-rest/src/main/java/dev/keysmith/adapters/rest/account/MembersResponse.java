package dev.keysmith.adapters.rest.account;

import dev.keysmith.application.port.in.account.ListMembersUseCase.Member;
import dev.keysmith.application.port.in.account.ListMembersUseCase.Members;
import dev.keysmith.domain.account.Invitation;
import dev.keysmith.domain.account.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account's members and its pending invitations (without their tokens). */
public record MembersResponse(List<MemberResponse> members, List<InvitationResponse> invitations) {

    public static MembersResponse from(Members members) {
        return new MembersResponse(
                members.members().stream().map(MemberResponse::from).toList(),
                members.pendingInvitations().stream()
                        .map(InvitationResponse::from)
                        .toList());
    }

    public record MemberResponse(UUID userId, String email, String displayName, Role role) {

        static MemberResponse from(Member member) {
            return new MemberResponse(
                    member.user().id().value(),
                    member.user().email().value(),
                    member.user().displayName().value(),
                    member.role());
        }
    }

    public record InvitationResponse(UUID id, String email, Role role, Instant expiresAt) {

        static InvitationResponse from(Invitation invitation) {
            return new InvitationResponse(
                    invitation.id(), invitation.email().value(), invitation.role(), invitation.expiresAt());
        }
    }
}
