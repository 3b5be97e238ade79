package dev.keysmith.adapters.rest.product;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.product.ManageDefaultProductsUseCase;
import dev.keysmith.application.port.in.product.ManageDefaultProductsUseCase.EnableForAllCommand;
import dev.keysmith.application.port.in.product.ManageDefaultProductsUseCase.GetEnabledByDefaultQuery;
import dev.keysmith.application.port.in.product.ManageDefaultProductsUseCase.SetEnabledByDefaultCommand;
import dev.keysmith.domain.product.ProductCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Whether new accounts start with a product enabled ({@code enabledByDefault}, operators), and enabling it for
 * every existing account at once.
 */
@Path("/v1/products/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class DefaultProductResource {

    private final ManageDefaultProductsUseCase defaults;
    private final CallerFactory callers;

    DefaultProductResource(ManageDefaultProductsUseCase defaults, CallerFactory callers) {
        this.defaults = defaults;
        this.callers = callers;
    }

    /** {@code {"enabledByDefault": true}}. */
    public record EnabledByDefault(@NotNull Boolean enabledByDefault) {}

    /** How many accounts had the product enabled by the call. */
    public record EnabledForAll(String product, int accountsEnabled) {}

    @GET
    @Path("/enabled-by-default")
    public EnabledByDefault get(@PathParam("code") String code) {
        return new EnabledByDefault(
                defaults.enabledByDefault(new GetEnabledByDefaultQuery(callers.current(), new ProductCode(code))));
    }

    @PUT
    @Path("/enabled-by-default")
    public EnabledByDefault set(@PathParam("code") String code, @Valid @NotNull EnabledByDefault request) {
        return new EnabledByDefault(defaults.setEnabledByDefault(
                new SetEnabledByDefaultCommand(callers.current(), new ProductCode(code), request.enabledByDefault())));
    }

    @POST
    @Path("/enable-for-all")
    public EnabledForAll enableForAll(@PathParam("code") String code) {
        ProductCode product = new ProductCode(code);
        return new EnabledForAll(
                product.value(), defaults.enableForAll(new EnableForAllCommand(callers.current(), product)));
    }
}
