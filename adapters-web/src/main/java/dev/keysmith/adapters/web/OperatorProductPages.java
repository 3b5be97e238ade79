package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.product.ChangeProductUseCase;
import dev.keysmith.application.port.in.product.ChangeProductUseCase.ChangeProductCommand;
import dev.keysmith.application.port.in.product.DefineProductUseCase;
import dev.keysmith.application.port.in.product.DefineProductUseCase.DefineProductCommand;
import dev.keysmith.application.port.in.product.GetProductUseCase;
import dev.keysmith.application.port.in.product.GetProductUseCase.GetProductQuery;
import dev.keysmith.application.port.in.product.ListProductsUseCase;
import dev.keysmith.application.port.in.product.ListProductsUseCase.ListProductsQuery;
import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.DomainException;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The operators' product catalogue: every product, a form to define one, and a page to change one. */
@Path(OperatorProductPages.PAGE)
@Produces(MediaType.TEXT_HTML)
public class OperatorProductPages {

    static final String PAGE = "/console/operator/products";

    private static final Map<String, String> FLASHES = Map.of(
            "defined", "The product is in the catalogue. Enable it for accounts on their pages.",
            "changed", "The product is changed.");

    private static final Map<String, String> LABELS = Map.of(
            "code", "Code",
            "name", "Name",
            "keyPrefix", "Key prefix",
            "scopes", "Scopes",
            "defaultScopes", "Default scopes");

    private final ListProductsUseCase listProducts;
    private final GetProductUseCase getProduct;
    private final DefineProductUseCase defineProduct;
    private final ChangeProductUseCase changeProduct;
    private final ConsoleSession session;
    private final CsrfGuard csrf;
    private final ConsoleView pages;

    OperatorProductPages(
            ListProductsUseCase listProducts,
            GetProductUseCase getProduct,
            DefineProductUseCase defineProduct,
            ChangeProductUseCase changeProduct,
            ConsoleSession session,
            CsrfGuard csrf,
            ConsoleView pages) {
        this.listProducts = listProducts;
        this.getProduct = getProduct;
        this.defineProduct = defineProduct;
        this.changeProduct = changeProduct;
        this.session = session;
        this.csrf = csrf;
        this.pages = pages;
    }

    /** What the define and change forms hold; scopes as the operator typed them, separated by spaces or commas. */
    @TemplateData
    public record ProductForm(String code, String name, String keyPrefix, String scopes, String defaultScopes) {

        public ProductForm {
            code = code == null ? "" : code.strip();
            name = name == null ? "" : name;
            keyPrefix = keyPrefix == null ? "" : keyPrefix.strip();
            scopes = scopes == null ? "" : scopes;
            defaultScopes = defaultScopes == null ? "" : defaultScopes;
        }

        static ProductForm of(Product product) {
            OperatorProductRow row = OperatorProductRow.of(product);
            return new ProductForm(row.code(), row.name(), row.keyPrefix(), row.scopes(), row.defaultScopes());
        }

        static Set<Scope> scopesIn(String text) {
            return Arrays.stream(text.split("[\\s,]+"))
                    .filter(name -> !name.isEmpty())
                    .map(Scope::new)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    @GET
    public Response catalogue(@QueryParam("flash") String flash) {
        return pages.ok(cataloguePage(operator(), new ProductForm("", "", "", "", ""), OperatorFormErrors.none())
                .data("flash", flash == null ? null : FLASHES.get(flash)));
    }

    private TemplateInstance cataloguePage(Caller caller, ProductForm form, OperatorFormErrors errors) {
        return pages.page("operator-products")
                .data(
                        "products",
                        listProducts.listProducts(new ListProductsQuery(caller)).stream()
                                .map(OperatorProductRow::of)
                                .toList())
                .data("form", form)
                .data("errors", errors)
                .data("flash", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response define(
            @FormParam("code") String code,
            @FormParam("name") String name,
            @FormParam("keyPrefix") String keyPrefix,
            @FormParam("scopes") String scopes,
            @FormParam("defaultScopes") String defaultScopes,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        Caller caller = operator();
        ProductForm form = new ProductForm(code, name, keyPrefix, scopes, defaultScopes);
        try {
            defineProduct.defineProduct(new DefineProductCommand(
                    caller,
                    new ProductCode(form.code()),
                    new ProductName(form.name()),
                    new KeyPrefix(form.keyPrefix()),
                    ProductForm.scopesIn(form.scopes()),
                    // Left empty, every scope is a default, as the API does when the field is left out.
                    form.defaultScopes().isBlank() ? null : ProductForm.scopesIn(form.defaultScopes())));
        } catch (DomainException refused) {
            return pages.html(
                    ConsoleView.statusOf(refused), cataloguePage(caller, form, OperatorFormErrors.of(refused, LABELS)));
        }
        return ConsoleView.seeOther(PAGE + "?flash=defined");
    }

    @GET
    @Path("{code}")
    public Response editForm(@PathParam("code") String code) {
        Caller caller = operator();
        Product product = getProduct.getProduct(new GetProductQuery(caller, new ProductCode(code)));
        return pages.ok(editPage(ProductForm.of(product), OperatorFormErrors.none()));
    }

    private TemplateInstance editPage(ProductForm form, OperatorFormErrors errors) {
        return pages.page("operator-product").data("form", form).data("errors", errors);
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(
            @PathParam("code") String code,
            @FormParam("name") String name,
            @FormParam("scopes") String scopes,
            @FormParam("defaultScopes") String defaultScopes,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        Caller caller = operator();
        ProductCode productCode = new ProductCode(code);
        Product current = getProduct.getProduct(new GetProductQuery(caller, productCode));
        ProductForm form = new ProductForm(code, name, current.keyPrefix().value(), scopes, defaultScopes);
        try {
            changeProduct.changeProduct(new ChangeProductCommand(
                    caller,
                    productCode,
                    new ProductName(form.name()),
                    ProductForm.scopesIn(form.scopes()),
                    // The form shows the current defaults, so an emptied field means no default scopes.
                    ProductForm.scopesIn(form.defaultScopes())));
        } catch (DomainException refused) {
            return pages.html(ConsoleView.statusOf(refused), editPage(form, OperatorFormErrors.of(refused, LABELS)));
        }
        return ConsoleView.seeOther(PAGE + "?flash=changed");
    }

    /** These pages are for operators; the use cases check each change again. */
    private Caller operator() {
        Caller caller = session.caller();
        caller.requireOperator();
        return caller;
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        return pages.problem(e);
    }
}
