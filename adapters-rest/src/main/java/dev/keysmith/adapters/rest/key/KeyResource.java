package dev.keysmith.adapters.rest.key;

import dev.keysmith.adapters.rest.key.ChangeKeyRequest.KeyChange;
import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.key.ChangeApiKeyUseCase;
import dev.keysmith.application.port.in.key.ChangeApiKeyUseCase.DisableApiKeyCommand;
import dev.keysmith.application.port.in.key.ChangeApiKeyUseCase.EditApiKeyCommand;
import dev.keysmith.application.port.in.key.ChangeApiKeyUseCase.EnableApiKeyCommand;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase.GeneratedApiKey;
import dev.keysmith.application.port.in.key.ListApiKeysUseCase;
import dev.keysmith.application.port.in.key.ListApiKeysUseCase.GetApiKeyQuery;
import dev.keysmith.application.port.in.key.ListApiKeysUseCase.ListApiKeysQuery;
import dev.keysmith.application.port.in.key.RegenerateApiKeyUseCase;
import dev.keysmith.application.port.in.key.RegenerateApiKeyUseCase.RegenerateApiKeyCommand;
import dev.keysmith.application.port.in.key.RevokeApiKeyUseCase;
import dev.keysmith.application.port.in.key.RevokeApiKeyUseCase.RevokeApiKeyCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKeyId;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * An account's API keys. Any signed-in user may call; the use cases answer 404 outside the caller's accounts
 * and 403 below ADMIN. Responses that carry a secret are never cached.
 */
@Path("/v1/accounts/{accountId}/keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.USER)
public class KeyResource {

    private final ListApiKeysUseCase listKeys;
    private final GenerateApiKeyUseCase generateKey;
    private final ChangeApiKeyUseCase changeKey;
    private final RegenerateApiKeyUseCase regenerateKey;
    private final RevokeApiKeyUseCase revokeKey;
    private final CallerFactory callers;

    KeyResource(
            ListApiKeysUseCase listKeys,
            GenerateApiKeyUseCase generateKey,
            ChangeApiKeyUseCase changeKey,
            RegenerateApiKeyUseCase regenerateKey,
            RevokeApiKeyUseCase revokeKey,
            CallerFactory callers) {
        this.listKeys = listKeys;
        this.generateKey = generateKey;
        this.changeKey = changeKey;
        this.regenerateKey = regenerateKey;
        this.revokeKey = revokeKey;
        this.callers = callers;
    }

    @GET
    public KeyPageResponse list(
            @PathParam("accountId") String accountId,
            @QueryParam("product") String product,
            @QueryParam("status") String status,
            @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        return KeyPageResponse.from(listKeys.listKeys(new ListApiKeysQuery(
                callers.current(),
                AccountId.parse(accountId),
                KeyParams.product(product),
                KeyParams.status(status),
                after,
                KeyParams.limit(limit))));
    }

    @POST
    public Response generate(
            @PathParam("accountId") String accountId, @Valid @NotNull GenerateKeyRequest request, UriInfo uri) {
        AccountId account = AccountId.parse(accountId);
        GeneratedApiKey generated = generateKey.generate(request.toCommand(callers.current(), account));
        return created(
                uri,
                generated,
                generated.delivery() == null
                        ? GeneratedKeyResponse.from(generated)
                        : DeliveredKeyResponse.from(generated));
    }

    @GET
    @Path("/{keyId}")
    public KeyResponse get(@PathParam("accountId") String accountId, @PathParam("keyId") String keyId) {
        return KeyResponse.from(listKeys.getKey(
                new GetApiKeyQuery(callers.current(), AccountId.parse(accountId), ApiKeyId.parse(keyId))));
    }

    @PATCH
    @Path("/{keyId}")
    public KeyResponse edit(
            @PathParam("accountId") String accountId,
            @PathParam("keyId") String keyId,
            @Valid @NotNull ChangeKeyRequest request) {
        AccountId account = AccountId.parse(accountId);
        ApiKeyId key = ApiKeyId.parse(keyId);
        KeyChange change = request.toChange();
        return KeyResponse.from(changeKey.edit(new EditApiKeyCommand(
                callers.current(), account, key, change.name(), change.scopes(), change.ipAllowlist())));
    }

    @POST
    @Path("/{keyId}/regenerate")
    public Response regenerate(
            @PathParam("accountId") String accountId,
            @PathParam("keyId") String keyId,
            @Valid @NotNull RegenerateKeyRequest request,
            UriInfo uri) {
        AccountId account = AccountId.parse(accountId);
        ApiKeyId replaced = ApiKeyId.parse(keyId);
        GeneratedApiKey generated = regenerateKey.regenerate(new RegenerateApiKeyCommand(
                callers.current(), account, replaced, request.pin(), request.gracePeriod()));
        return created(
                uri,
                generated,
                generated.delivery() == null
                        ? GeneratedKeyResponse.replacing(replaced, generated)
                        : DeliveredKeyResponse.replacing(replaced, generated));
    }

    @POST
    @Path("/{keyId}/disable")
    public KeyResponse disable(@PathParam("accountId") String accountId, @PathParam("keyId") String keyId) {
        return KeyResponse.from(changeKey.disable(
                new DisableApiKeyCommand(callers.current(), AccountId.parse(accountId), ApiKeyId.parse(keyId))));
    }

    @POST
    @Path("/{keyId}/enable")
    public KeyResponse enable(@PathParam("accountId") String accountId, @PathParam("keyId") String keyId) {
        return KeyResponse.from(changeKey.enable(
                new EnableApiKeyCommand(callers.current(), AccountId.parse(accountId), ApiKeyId.parse(keyId))));
    }

    @POST
    @Path("/{keyId}/revoke")
    public KeyResponse revoke(
            @PathParam("accountId") String accountId,
            @PathParam("keyId") String keyId,
            @Valid @NotNull RevokeKeyRequest request) {
        return KeyResponse.from(revokeKey.revoke(new RevokeApiKeyCommand(
                callers.current(), AccountId.parse(accountId), ApiKeyId.parse(keyId), request.pin())));
    }

    /** 201 pointing at the new key; the body holds its secret, so no cache may keep it. */
    private static Response created(UriInfo uri, GeneratedApiKey generated, Object body) {
        return Response.created(uri.getBaseUriBuilder()
                        .path(KeyResource.class)
                        .path("{keyId}")
                        .build(generated.key().accountId(), generated.key().id()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .entity(body)
                .build();
    }
}
