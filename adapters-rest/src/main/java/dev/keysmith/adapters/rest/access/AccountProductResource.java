package dev.keysmith.adapters.rest.access;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase.DisableProductAccessCommand;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase.EnableProductAccessCommand;
import dev.keysmith.application.port.in.access.ListAccountProductsUseCase;
import dev.keysmith.application.port.in.access.ListAccountProductsUseCase.ListAccountProductsQuery;
import dev.keysmith.application.port.in.access.RequestProductAccessUseCase;
import dev.keysmith.application.port.in.access.RequestProductAccessUseCase.RequestProductAccessCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.ProductCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The catalogue as one account sees it: admins read it, Superadmins ask for access, operators switch it. */
@Path("/v1/accounts/{accountId}/products")
@Produces(MediaType.APPLICATION_JSON)
public class AccountProductResource {

    private final ListAccountProductsUseCase listProducts;
    private final RequestProductAccessUseCase requestAccess;
    private final DecideProductAccessUseCase decideAccess;
    private final CallerFactory callers;

    AccountProductResource(
            ListAccountProductsUseCase listProducts,
            RequestProductAccessUseCase requestAccess,
            DecideProductAccessUseCase decideAccess,
            CallerFactory callers) {
        this.listProducts = listProducts;
        this.requestAccess = requestAccess;
        this.decideAccess = decideAccess;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.USER, Roles.OPERATOR})
    public List<AccountProductResponse> list(@PathParam("accountId") String accountId) {
        ListAccountProductsQuery query = new ListAccountProductsQuery(callers.current(), AccountId.parse(accountId));
        return listProducts.listAccountProducts(query).stream()
                .map(AccountProductResponse::from)
                .toList();
    }

    @POST
    @Path("/{code}/access-request")
    @RolesAllowed({Roles.USER, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(
            @PathParam("accountId") String accountId,
            @PathParam("code") String code,
            @Valid @NotNull RequestProductAccessRequest request) {
        ProductAccessResponse access =
                ProductAccessResponse.from(requestAccess.requestAccess(new RequestProductAccessCommand(
                        callers.current(),
                        AccountId.parse(accountId),
                        new ProductCode(code),
                        request.intendedStartDate(),
                        request.useCase())));
        return Response.status(Response.Status.CREATED).entity(access).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.OPERATOR)
    public ProductAccessResponse enable(@PathParam("accountId") String accountId, @PathParam("code") String code) {
        return ProductAccessResponse.from(decideAccess.enable(
                new EnableProductAccessCommand(callers.current(), AccountId.parse(accountId), new ProductCode(code))));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.OPERATOR)
    public ProductAccessResponse disable(@PathParam("accountId") String accountId, @PathParam("code") String code) {
        return ProductAccessResponse.from(decideAccess.disable(
                new DisableProductAccessCommand(callers.current(), AccountId.parse(accountId), new ProductCode(code))));
    }
}
