package dev.keysmith.adapters.rest.operator;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.operator.DeactivateOperatorUseCase;
import dev.keysmith.application.port.in.operator.DeactivateOperatorUseCase.DeactivateOperatorCommand;
import dev.keysmith.application.port.in.operator.InviteOperatorUseCase;
import dev.keysmith.application.port.in.operator.InviteOperatorUseCase.InviteOperatorCommand;
import dev.keysmith.application.port.in.operator.ListOperatorsUseCase;
import dev.keysmith.application.port.in.operator.ListOperatorsUseCase.ListOperatorsQuery;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.UserId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Platform staff: list operators, invite further ones, deactivate them (never the last active one). */
@Path("/v1/operators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class OperatorResource {

    private final ListOperatorsUseCase listOperators;
    private final InviteOperatorUseCase inviteOperator;
    private final DeactivateOperatorUseCase deactivateOperator;
    private final CallerFactory callers;

    OperatorResource(
            ListOperatorsUseCase listOperators,
            InviteOperatorUseCase inviteOperator,
            DeactivateOperatorUseCase deactivateOperator,
            CallerFactory callers) {
        this.listOperators = listOperators;
        this.inviteOperator = inviteOperator;
        this.deactivateOperator = deactivateOperator;
        this.callers = callers;
    }

    @GET
    public List<OperatorResponse> list() {
        return listOperators.listOperators(new ListOperatorsQuery(callers.current())).stream()
                .map(OperatorResponse::from)
                .toList();
    }

    /** The invitation token is in this response once (and in the invitee's email). */
    @POST
    public Response invite(@Valid @NotNull InviteOperatorRequest request) {
        InviteOperatorCommand command = new InviteOperatorCommand(callers.current(), new Email(request.email()));
        IssuedOperatorInvitationResponse issued =
                IssuedOperatorInvitationResponse.from(inviteOperator.inviteOperator(command));
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(issued)
                .build();
    }

    @POST
    @Path("/{userId}/deactivate")
    public OperatorResponse deactivate(@PathParam("userId") String userId) {
        return OperatorResponse.from(deactivateOperator.deactivateOperator(
                new DeactivateOperatorCommand(callers.current(), UserId.parse(userId))));
    }
}
