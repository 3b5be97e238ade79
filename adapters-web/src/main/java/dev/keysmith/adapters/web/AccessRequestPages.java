package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase.ApproveAccessRequestCommand;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase.DenyAccessRequestCommand;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase.ListAccessRequestsQuery;
import dev.keysmith.application.port.in.account.GetAccountUseCase;
import dev.keysmith.application.port.in.account.GetAccountUseCase.GetAccountQuery;
import dev.keysmith.application.port.in.product.ListProductsUseCase;
import dev.keysmith.application.port.in.product.ListProductsUseCase.ListProductsQuery;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.InvalidValueException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The operators' queue of product access requests, to approve or deny. */
@Path(AccessRequestPages.PAGE)
@Produces(MediaType.TEXT_HTML)
public class AccessRequestPages {

    static final String PAGE = "/console/operator/access-requests";

    private static final Map<String, String> FLASHES = Map.of(
            "approved", "The request is approved: the account may now generate keys for the product.",
            "denied", "The request is denied.");

    private final DecideProductAccessUseCase decideAccess;
    private final GetAccountUseCase accounts;
    private final ListProductsUseCase products;
    private final ConsoleSession session;
    private final CsrfGuard csrf;
    private final ConsoleView pages;

    AccessRequestPages(
            DecideProductAccessUseCase decideAccess,
            GetAccountUseCase accounts,
            ListProductsUseCase products,
            ConsoleSession session,
            CsrfGuard csrf,
            ConsoleView pages) {
        this.decideAccess = decideAccess;
        this.accounts = accounts;
        this.products = products;
        this.session = session;
        this.csrf = csrf;
        this.pages = pages;
    }

    @GET
    public Response queue(@QueryParam("flash") String flash) {
        Caller caller = session.caller();
        List<ProductAccess> requests =
                decideAccess.listRequests(new ListAccessRequestsQuery(caller, AccessState.REQUESTED));
        Map<ProductCode, String> productNames = new HashMap<>();
        for (Product product : products.listProducts(new ListProductsQuery(caller))) {
            productNames.put(product.code(), product.name().value());
        }
        Map<AccountId, String> accountNames = new HashMap<>();
        List<AccessRequestRow> rows = requests.stream()
                .map(request -> new AccessRequestRow(
                        request.requestId().toString(),
                        accountNames.computeIfAbsent(
                                request.accountId(),
                                id -> accounts.getAccount(new GetAccountQuery(caller, id))
                                        .name()
                                        .value()),
                        productNames.getOrDefault(
                                request.product(), request.product().value()),
                        Moments.day(request.intendedStartDate()),
                        request.useCase(),
                        Moments.of(request.requestedAt())))
                .toList();
        return pages.ok(pages.page("access-requests")
                .data("requests", rows)
                .data("flash", flash == null ? null : FLASHES.get(flash)));
    }

    @POST
    @Path("{requestId}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("requestId") String requestId, @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        decideAccess.approve(new ApproveAccessRequestCommand(session.caller(), uuid(requestId)));
        return ConsoleView.seeOther(PAGE + "?flash=approved");
    }

    @POST
    @Path("{requestId}/deny")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deny(@PathParam("requestId") String requestId, @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        decideAccess.deny(new DenyAccessRequestCommand(session.caller(), uuid(requestId)));
        return ConsoleView.seeOther(PAGE + "?flash=denied");
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("requestId", "requestId must be a UUID");
        }
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        return pages.problem(e);
    }
}
