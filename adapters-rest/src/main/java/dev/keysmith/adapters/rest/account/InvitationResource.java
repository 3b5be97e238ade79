package dev.keysmith.adapters.rest.account;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.application.port.in.account.AcceptInvitationUseCase;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Joining an account: whoever holds the invitation token may accept it, signed in or not. */
@Path("/v1/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class InvitationResource {

    private final AcceptInvitationUseCase acceptInvitation;
    private final CallerFactory callers;

    InvitationResource(AcceptInvitationUseCase acceptInvitation, CallerFactory callers) {
        this.acceptInvitation = acceptInvitation;
        this.callers = callers;
    }

    @POST
    @Path("/{token}/accept")
    public Response accept(@PathParam("token") String token, @Valid @NotNull AcceptInvitationRequest request) {
        MembershipResponse membership =
                MembershipResponse.from(acceptInvitation.accept(request.toCommand(token, callers.clientIp())));
        return Response.status(Response.Status.CREATED).entity(membership).build();
    }
}
