package dev.keysmith.adapters.rest.key;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.key.ImportApiKeyUseCase;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Imports a key of the customer's legacy system into an account (ADMINs, with their PIN); 201 with its details. */
@Path("/v1/accounts/{accountId}/keys/import")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class KeyImportResource {

    private final ImportApiKeyUseCase importKey;
    private final CallerFactory callers;

    KeyImportResource(ImportApiKeyUseCase importKey, CallerFactory callers) {
        this.importKey = importKey;
        this.callers = callers;
    }

    @POST
    public Response importKey(
            @PathParam("accountId") String accountId, @Valid @NotNull ImportKeyRequest request, UriInfo uri) {
        ApiKey key = importKey.importKey(request.toCommand(callers.current(), AccountId.parse(accountId)));
        return Response.created(uri.getBaseUriBuilder()
                        .path(KeyResource.class)
                        .path("{keyId}")
                        .build(key.accountId(), key.id()))
                .entity(KeyResponse.from(key))
                .build();
    }
}
