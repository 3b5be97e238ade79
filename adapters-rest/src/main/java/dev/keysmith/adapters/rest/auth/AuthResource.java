package dev.keysmith.adapters.rest.auth;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.application.port.in.auth.IssueVerifierTokenUseCase;
import dev.keysmith.application.port.in.auth.LoginUseCase;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Signing in: people with email and password, product backends with OAuth2 client credentials. */
@Path("/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class AuthResource {

    private final LoginUseCase login;
    private final IssueVerifierTokenUseCase issueVerifierToken;
    private final CallerFactory callers;

    AuthResource(LoginUseCase login, IssueVerifierTokenUseCase issueVerifierToken, CallerFactory callers) {
        this.login = login;
        this.issueVerifierToken = issueVerifierToken;
        this.callers = callers;
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(@Valid @NotNull LoginRequest request) {
        return noStore(LoginResponse.from(login.login(request.toCommand(callers.clientIp()))));
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response token(
            @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        ClientCredentialsForm form = new ClientCredentialsForm(grantType, clientId, clientSecret, authorization);
        return noStore(TokenResponse.from(issueVerifierToken.issueVerifierToken(form.toCommand(callers.clientIp()))));
    }

    // RFC 6749 §5.1: a response carrying a token must not be cached.
    private static Response noStore(Object body) {
        return Response.ok(body)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build();
    }
}
