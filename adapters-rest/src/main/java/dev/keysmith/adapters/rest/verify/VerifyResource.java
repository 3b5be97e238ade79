package dev.keysmith.adapters.rest.verify;

import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase.VerifyCommand;
import dev.keysmith.domain.product.ProductCode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The hot path product backends call for every request they serve. */
@Path("/v1/keys/verify")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerifyResource {

    private final VerifyApiKeyUseCase verify;
    private final JsonWebToken token;

    VerifyResource(VerifyApiKeyUseCase verify, JsonWebToken token) {
        this.verify = verify;
        this.token = token;
    }

    @POST
    @RolesAllowed(Roles.VERIFIER)
    public VerifyResponse verify(@Valid @NotNull VerifyRequest request, @Context HttpServerRequest http) {
        Caller caller = Caller.verifier(token.getSubject(), products(), http.remoteAddress() == null ? null
                : http.remoteAddress().hostAddress());
        return VerifyResponse.from(verify.verify(new VerifyCommand(caller, request.key(), request.product(),
                request.clientIp(), request.scopes(), request.accountId())));
    }

    private Set<ProductCode> products() {
        Object claim = token.getClaim("products");
        if (claim instanceof Collection<?> codes) {
            return codes.stream().map(code -> new ProductCode(unquote(code.toString()))).collect(Collectors.toSet());
        }
        return Set.of();
    }

    /** JSON string values from the token may arrive with their quotes. */
    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
