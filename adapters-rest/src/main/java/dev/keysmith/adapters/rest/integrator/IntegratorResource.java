package dev.keysmith.adapters.rest.integrator;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.integrator.ManageIntegratorsUseCase;
import dev.keysmith.application.port.in.integrator.ManageIntegratorsUseCase.GetIntegratorQuery;
import dev.keysmith.application.port.in.integrator.ManageIntegratorsUseCase.ListIntegratorsQuery;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.integrator.IntegratorId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** An account's integrators (API users), kept by its ADMINs and SUPERADMINs. */
@Path("/v1/accounts/{accountId}/integrators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class IntegratorResource {

    private final ManageIntegratorsUseCase integrators;
    private final CallerFactory callers;

    IntegratorResource(ManageIntegratorsUseCase integrators, CallerFactory callers) {
        this.integrators = integrators;
        this.callers = callers;
    }

    @GET
    public List<IntegratorResponse> list(@PathParam("accountId") String accountId) {
        return integrators
                .listIntegrators(new ListIntegratorsQuery(callers.current(), AccountId.parse(accountId)))
                .stream()
                .map(IntegratorResponse::from)
                .toList();
    }

    @POST
    public Response create(
            @PathParam("accountId") String accountId, @Valid @NotNull CreateIntegratorRequest request, UriInfo uri) {
        Integrator created =
                integrators.createIntegrator(request.toCommand(callers.current(), AccountId.parse(accountId)));
        return Response.created(uri.getBaseUriBuilder()
                        .path(IntegratorResource.class)
                        .path("{integratorId}")
                        .build(created.accountId(), created.id()))
                .entity(IntegratorResponse.from(created))
                .build();
    }

    @GET
    @Path("/{integratorId}")
    public IntegratorResponse get(
            @PathParam("accountId") String accountId, @PathParam("integratorId") String integratorId) {
        return IntegratorResponse.from(integrators.getIntegrator(new GetIntegratorQuery(
                callers.current(), AccountId.parse(accountId), IntegratorId.parse(integratorId))));
    }

    @PATCH
    @Path("/{integratorId}")
    public IntegratorResponse change(
            @PathParam("accountId") String accountId,
            @PathParam("integratorId") String integratorId,
            @Valid @NotNull ChangeIntegratorRequest request) {
        return IntegratorResponse.from(integrators.changeIntegrator(
                request.toCommand(callers.current(), AccountId.parse(accountId), IntegratorId.parse(integratorId))));
    }
}
