package dev.keysmith.adapters.rest.operator;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.application.port.in.operator.AcceptOperatorInvitationUseCase;
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

/** Becoming an operator: whoever holds the operator invitation token may accept it. */
@Path("/v1/operator-invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class OperatorInvitationResource {

    private final AcceptOperatorInvitationUseCase acceptInvitation;
    private final CallerFactory callers;

    OperatorInvitationResource(AcceptOperatorInvitationUseCase acceptInvitation, CallerFactory callers) {
        this.acceptInvitation = acceptInvitation;
        this.callers = callers;
    }

    @POST
    @Path("/{token}/accept")
    public Response accept(@PathParam("token") String token, @Valid @NotNull AcceptOperatorInvitationRequest request) {
        OperatorResponse operator = OperatorResponse.from(
                acceptInvitation.acceptOperatorInvitation(request.toCommand(token, callers.clientIp())));
        return Response.status(Response.Status.CREATED).entity(operator).build();
    }
}
