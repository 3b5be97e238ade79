package dev.keysmith.adapters.rest.verify;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase.VerifyCommand;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The hot path product backends call for every request they serve. */
@Path("/v1/keys/verify")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerifyResource {

    private final VerifyApiKeyUseCase verify;
    private final CallerFactory callers;

    VerifyResource(VerifyApiKeyUseCase verify, CallerFactory callers) {
        this.verify = verify;
        this.callers = callers;
    }

    @POST
    @RolesAllowed(Roles.VERIFIER)
    public VerifyResponse verify(@Valid @NotNull VerifyRequest request) {
        return VerifyResponse.from(verify.verify(new VerifyCommand(
                callers.current(),
                request.key(),
                request.product(),
                request.clientIp(),
                request.scopes(),
                request.accountId())));
    }
}
