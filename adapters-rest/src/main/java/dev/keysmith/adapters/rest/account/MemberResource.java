package dev.keysmith.adapters.rest.account;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.account.ChangeMemberUseCase;
import dev.keysmith.application.port.in.account.ChangeMemberUseCase.ChangeMemberRoleCommand;
import dev.keysmith.application.port.in.account.ChangeMemberUseCase.RemoveMemberCommand;
import dev.keysmith.application.port.in.account.InviteMemberUseCase;
import dev.keysmith.application.port.in.account.ListMembersUseCase;
import dev.keysmith.application.port.in.account.ListMembersUseCase.ListMembersQuery;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.user.UserId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An account's members, roles and invitations; the services let only its SUPERADMINs in. */
@Path("/v1/accounts/{accountId}/members")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.OPERATOR})
public class MemberResource {

    private final ListMembersUseCase listMembers;
    private final InviteMemberUseCase inviteMember;
    private final ChangeMemberUseCase changeMember;
    private final CallerFactory callers;

    MemberResource(
            ListMembersUseCase listMembers,
            InviteMemberUseCase inviteMember,
            ChangeMemberUseCase changeMember,
            CallerFactory callers) {
        this.listMembers = listMembers;
        this.inviteMember = inviteMember;
        this.changeMember = changeMember;
        this.callers = callers;
    }

    @GET
    public MembersResponse list(@PathParam("accountId") String accountId) {
        return MembersResponse.from(
                listMembers.listMembers(new ListMembersQuery(callers.current(), AccountId.parse(accountId))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("accountId") String accountId, @Valid @NotNull InviteMemberRequest request) {
        IssuedInvitationResponse invitation = IssuedInvitationResponse.from(
                inviteMember.invite(request.toCommand(callers.current(), AccountId.parse(accountId))));
        // The invitation token is in the body: it must not be cached anywhere on the way.
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(invitation)
                .build();
    }

    @PATCH
    @Path("/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MembershipResponse changeRole(
            @PathParam("accountId") String accountId,
            @PathParam("userId") String userId,
            @Valid @NotNull ChangeMemberRequest request) {
        return MembershipResponse.from(changeMember.changeRole(new ChangeMemberRoleCommand(
                callers.current(), AccountId.parse(accountId), UserId.parse(userId), request.role())));
    }

    @DELETE
    @Path("/{userId}")
    public void remove(@PathParam("accountId") String accountId, @PathParam("userId") String userId) {
        changeMember.removeMember(
                new RemoveMemberCommand(callers.current(), AccountId.parse(accountId), UserId.parse(userId)));
    }
}
