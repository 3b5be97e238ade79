package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.access.ListAccountProductsUseCase;
import dev.keysmith.application.port.in.access.ListAccountProductsUseCase.ListAccountProductsQuery;
import dev.keysmith.application.port.in.access.RequestProductAccessUseCase;
import dev.keysmith.application.port.in.access.RequestProductAccessUseCase.RequestProductAccessCommand;
import dev.keysmith.application.port.out.ProductNotFoundException;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.InvalidValueException;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An account's products with its access to each, and a SUPERADMIN's request for access to one more. */
@Path("/console/accounts/{accountId}/products")
@Produces(MediaType.TEXT_HTML)
public class ProductPages {

    private static final Map<String, String> FLASHES =
            Map.of("requested", "Access is requested. An operator decides; the state below changes when they do.");

    private final ListAccountProductsUseCase accountProducts;
    private final RequestProductAccessUseCase requestAccess;
    private final ConsoleSession session;
    private final CsrfGuard csrf;
    private final ConsoleView pages;

    ProductPages(
            ListAccountProductsUseCase accountProducts,
            RequestProductAccessUseCase requestAccess,
            ConsoleSession session,
            CsrfGuard csrf,
            ConsoleView pages) {
        this.accountProducts = accountProducts;
        this.requestAccess = requestAccess;
        this.session = session;
        this.csrf = csrf;
        this.pages = pages;
    }

    static String path(String accountId) {
        return "/console/accounts/" + accountId + "/products";
    }

    @GET
    public Response list(@PathParam("accountId") String accountId, @QueryParam("flash") String flash) {
        Caller caller = session.caller();
        AccountId account = AccountId.parse(accountId);
        List<ProductAccessRow> products = rows(caller, account);
        boolean superadmin = pages.roleIn(caller, account).orElse(null) == Role.SUPERADMIN;
        return pages.ok(pages.accountPage("account-products", accountId)
                .data("products", products)
                .data("superadmin", superadmin)
                .data("flash", flash == null ? null : FLASHES.get(flash)));
    }

    @GET
    @Path("{code}/request")
    public Response requestForm(@PathParam("accountId") String accountId, @PathParam("code") String code) {
        ProductAccessRow product = product(session.caller(), AccountId.parse(accountId), code);
        return pages.ok(requestPage(accountId, product, "", "", null));
    }

    @POST
    @Path("{code}/request")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(
            @PathParam("accountId") String accountId,
            @PathParam("code") String code,
            @FormParam("intendedStartDate") String intendedStartDate,
            @FormParam("useCase") String useCase,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        Caller caller = session.caller();
        AccountId account = AccountId.parse(accountId);
        ProductAccessRow product = product(caller, account, code);
        String start = intendedStartDate == null ? "" : intendedStartDate.strip();
        String words = useCase == null ? "" : useCase;
        try {
            requestAccess.requestAccess(new RequestProductAccessCommand(
                    caller, account, new ProductCode(product.code()), date(start), words.strip()));
        } catch (DomainException refused) {
            return pages.html(
                    ConsoleView.statusOf(refused), requestPage(accountId, product, start, words, Messages.of(refused)));
        }
        return ConsoleView.seeOther(path(accountId) + "?flash=requested");
    }

    private TemplateInstance requestPage(
            String accountId, ProductAccessRow product, String intendedStartDate, String useCase, String error) {
        return pages.accountPage("account-product-request", accountId)
                .data("product", product)
                .data("intendedStartDate", intendedStartDate)
                .data("useCase", useCase)
                .data("error", error);
    }

    private List<ProductAccessRow> rows(Caller caller, AccountId account) {
        return accountProducts.listAccountProducts(new ListAccountProductsQuery(caller, account)).stream()
                .map(ProductAccessRow::of)
                .toList();
    }

    private ProductAccessRow product(Caller caller, AccountId account, String code) {
        ProductCode wanted = new ProductCode(code);
        return rows(caller, account).stream()
                .filter(row -> row.code().equals(wanted.value()))
                .findFirst()
                .orElseThrow(() -> new ProductNotFoundException(wanted));
    }

    /** The date input's value (yyyy-mm-dd); empty or malformed is refused the way the API refuses it. */
    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("intendedStartDate", "intendedStartDate must be a date");
        }
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        return pages.problem(e);
    }
}
