package dev.keysmith.adapters.rest.product;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.application.port.in.product.ChangeProductUseCase;
import dev.keysmith.application.port.in.product.ChangeProductUseCase.ChangeProductCommand;
import dev.keysmith.application.port.in.product.DefineProductUseCase;
import dev.keysmith.application.port.in.product.GetProductUseCase;
import dev.keysmith.application.port.in.product.GetProductUseCase.GetProductQuery;
import dev.keysmith.application.port.in.product.ListProductsUseCase;
import dev.keysmith.application.port.in.product.ListProductsUseCase.ListProductsQuery;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import io.quarkus.security.Authenticated;
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

/** The product catalogue: everyone signed in reads it, operators keep it. */
@Path("/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    private final ListProductsUseCase listProducts;
    private final GetProductUseCase getProduct;
    private final DefineProductUseCase defineProduct;
    private final ChangeProductUseCase changeProduct;
    private final CallerFactory callers;

    ProductResource(
            ListProductsUseCase listProducts,
            GetProductUseCase getProduct,
            DefineProductUseCase defineProduct,
            ChangeProductUseCase changeProduct,
            CallerFactory callers) {
        this.callers = callers;
        this.listProducts = listProducts;
        this.getProduct = getProduct;
        this.defineProduct = defineProduct;
        this.changeProduct = changeProduct;
    }

    @GET
    @Authenticated
    public List<ProductResponse> list() {
        return listProducts.listProducts(new ListProductsQuery(callers.current())).stream()
                .map(ProductResponse::from)
                .toList();
    }

    @GET
    @Path("/{code}")
    @Authenticated
    public ProductResponse get(@PathParam("code") String code) {
        GetProductQuery query = new GetProductQuery(callers.current(), new ProductCode(code));
        return ProductResponse.from(getProduct.getProduct(query));
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    public Response define(@Valid @NotNull DefineProductRequest request, UriInfo uri) {
        Product product = defineProduct.defineProduct(request.toCommand(callers.current()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(product.code().value())
                        .build())
                .entity(ProductResponse.from(product))
                .build();
    }

    @PATCH
    @Path("/{code}")
    @RolesAllowed(Roles.OPERATOR)
    public ProductResponse change(@PathParam("code") String code, @Valid @NotNull ChangeProductRequest request) {
        ChangeProductCommand command = request.toCommand(callers.current(), new ProductCode(code));
        return ProductResponse.from(changeProduct.changeProduct(command));
    }
}
