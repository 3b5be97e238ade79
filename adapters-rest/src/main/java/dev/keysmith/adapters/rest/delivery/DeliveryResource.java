package dev.keysmith.adapters.rest.delivery;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.application.port.in.delivery.RevealKeyUseCase;
import dev.keysmith.application.port.in.delivery.RevealKeyUseCase.RevealKeyCommand;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The integrator's side of a delivery, for scripts: the token from the emailed link and the code from the SMS
 * give the key once. No sign-in: the link and the code are the credentials. 404 for an unknown link, 410 for one
 * used, expired or ended, 403 {@code WRONG_CODE} for a wrong code (the fifth ends the link).
 */
@Path("/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class DeliveryResource {

    private final RevealKeyUseCase reveal;
    private final CallerFactory callers;

    DeliveryResource(RevealKeyUseCase reveal, CallerFactory callers) {
        this.reveal = reveal;
        this.callers = callers;
    }

    @POST
    @Path("/{token}/reveal")
    public Response reveal(@PathParam("token") String token, @Valid @NotNull RevealRequest request) {
        RevealedKeyResponse body = RevealedKeyResponse.from(
                reveal.reveal(new RevealKeyCommand(token, request.code(), callers.clientIp())));
        return Response.ok(body)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build();
    }
}
