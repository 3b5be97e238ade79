package dev.keysmith.adapters.rest.verifier;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.adapters.rest.shared.RequestParams;
import dev.keysmith.application.port.in.verifier.ManageVerifierClientsUseCase;
import dev.keysmith.application.port.in.verifier.ManageVerifierClientsUseCase.CreateVerifierClientCommand;
import dev.keysmith.application.port.in.verifier.ManageVerifierClientsUseCase.ListVerifierClientsQuery;
import dev.keysmith.application.port.in.verifier.ManageVerifierClientsUseCase.RollVerifierClientSecretCommand;
import dev.keysmith.application.port.in.verifier.ManageVerifierClientsUseCase.SetVerifierClientEnabledCommand;
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
import java.util.UUID;

/** Operators issue product backends' credentials; a secret is shown once, never cached. */
@Path("/v1/verifier-clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class VerifierClientResource {

    private final ManageVerifierClientsUseCase clients;
    private final CallerFactory callers;

    VerifierClientResource(ManageVerifierClientsUseCase clients, CallerFactory callers) {
        this.clients = clients;
        this.callers = callers;
    }

    @GET
    public List<VerifierClientResponse> list() {
        return clients.listClients(new ListVerifierClientsQuery(callers.current())).stream()
                .map(VerifierClientResponse::from)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CreateVerifierClientRequest request) {
        VerifierClientResponse created = VerifierClientResponse.from(clients.createClient(
                new CreateVerifierClientCommand(callers.current(), request.name(), request.productCodes())));
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(created)
                .build();
    }

    @POST
    @Path("/{id}/roll-secret")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rollSecret(@PathParam("id") String id, @Valid @NotNull RollSecretRequest request) {
        VerifierClientResponse rolled = VerifierClientResponse.from(clients.rollSecret(
                new RollVerifierClientSecretCommand(callers.current(), clientId(id), request.pin())));
        return Response.ok(rolled).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("/{id}/disable")
    public VerifierClientResponse disable(@PathParam("id") String id) {
        return VerifierClientResponse.from(
                clients.setEnabled(new SetVerifierClientEnabledCommand(callers.current(), clientId(id), false)));
    }

    @POST
    @Path("/{id}/enable")
    public VerifierClientResponse enable(@PathParam("id") String id) {
        return VerifierClientResponse.from(
                clients.setEnabled(new SetVerifierClientEnabledCommand(callers.current(), clientId(id), true)));
    }

    private static UUID clientId(String id) {
        return RequestParams.uuid(id, "id");
    }
}
