package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.product.ListProductsUseCase;
import dev.keysmith.application.port.in.product.ListProductsUseCase.ListProductsQuery;
import dev.keysmith.application.port.in.verifier.ManageVerifierClientsUseCase;
import dev.keysmith.application.port.in.verifier.ManageVerifierClientsUseCase.CreateVerifierClientCommand;
import dev.keysmith.application.port.in.verifier.ManageVerifierClientsUseCase.IssuedClient;
import dev.keysmith.application.port.in.verifier.ManageVerifierClientsUseCase.ListVerifierClientsQuery;
import dev.keysmith.application.port.in.verifier.ManageVerifierClientsUseCase.RollVerifierClientSecretCommand;
import dev.keysmith.application.port.in.verifier.ManageVerifierClientsUseCase.SetVerifierClientEnabledCommand;
import dev.keysmith.application.port.out.VerifierClientNotFoundException;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.NotFoundException;
import dev.keysmith.domain.verifier.VerifierClient;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Product backends' credentials: the list with the enable switch, create (the secret shown once), and rolling the
 * secret behind the operator's PIN (the new secret shown once).
 */
@Path(VerifierClientPages.PAGE)
@Produces(MediaType.TEXT_HTML)
public class VerifierClientPages {

    static final String PAGE = "/console/operator/verifier-clients";

    private static final Map<String, String> FLASHES = Map.of(
            "disabled", "The client is disabled: its tokens end and it cannot get new ones.",
            "enabled", "The client is enabled again: it needs a new token.");

    private static final Map<String, String> LABELS =
            Map.of("name", "Name", "products", "Products", "code", "Products");

    private final ManageVerifierClientsUseCase clients;
    private final ListProductsUseCase products;
    private final ConsoleSession session;
    private final CsrfGuard csrf;
    private final ConsoleView pages;

    VerifierClientPages(
            ManageVerifierClientsUseCase clients,
            ListProductsUseCase products,
            ConsoleSession session,
            CsrfGuard csrf,
            ConsoleView pages) {
        this.clients = clients;
        this.products = products;
        this.session = session;
        this.csrf = csrf;
        this.pages = pages;
    }

    @GET
    public Response list(@QueryParam("flash") String flash) {
        return pages.ok(listPage(session.caller(), "", List.of(), OperatorFormErrors.none())
                .data("flash", flash == null ? null : FLASHES.get(flash)));
    }

    private TemplateInstance listPage(Caller caller, String name, List<String> chosen, OperatorFormErrors errors) {
        List<VerifierClientRow> rows = clients.listClients(new ListVerifierClientsQuery(caller)).stream()
                .map(VerifierClientRow::of)
                .toList();
        List<Option> productOptions = products.listProducts(new ListProductsQuery(caller)).stream()
                .map(p -> new Option(
                        p.code().value(),
                        p.name().value() + " (" + p.code().value() + ")",
                        chosen.contains(p.code().value())))
                .toList();
        return pages.page("operator-verifier-clients")
                .data("clients", rows)
                .data("products", productOptions)
                .data("name", name)
                .data("errors", errors)
                .data("flash", null);
    }

    /** Creates the client; its secret is on this response only, which no cache may keep. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @FormParam("name") String name,
            @FormParam("products") List<String> chosen,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        Caller caller = session.caller();
        String clientName = name == null ? "" : name.strip();
        List<String> productCodes = chosen == null ? List.of() : chosen;
        IssuedClient issued;
        try {
            Set<ProductCode> codes = new LinkedHashSet<>();
            for (String code : productCodes) {
                codes.add(new ProductCode(code));
            }
            if (codes.isEmpty()) {
                throw new InvalidValueException("products", "products must include at least one product");
            }
            issued = clients.createClient(new CreateVerifierClientCommand(caller, clientName, codes));
        } catch (DomainException refused) {
            return pages.html(
                    ConsoleView.statusOf(refused),
                    listPage(caller, clientName, productCodes, OperatorFormErrors.of(refused, LABELS)));
        }
        return showOnce(issued, "created");
    }

    @GET
    @Path("{clientId}/roll")
    public Response rollForm(@PathParam("clientId") String clientId) {
        VerifierClient client = find(session.caller(), uuid(clientId));
        return pages.ok(rollPage(client, null));
    }

    /** With the operator's PIN, a new secret replaces the old one, which stops working at once. */
    @POST
    @Path("{clientId}/roll")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response roll(
            @PathParam("clientId") String clientId,
            @FormParam("pin") String pin,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        Caller caller = session.caller();
        UUID id = uuid(clientId);
        IssuedClient issued;
        try {
            issued = clients.rollSecret(new RollVerifierClientSecretCommand(caller, id, pin == null ? "" : pin));
        } catch (NotFoundException gone) {
            throw gone;
        } catch (DomainException pinRefused) {
            return pages.html(ConsoleView.statusOf(pinRefused), rollPage(find(caller, id), Messages.of(pinRefused)));
        }
        return showOnce(issued, "rolled");
    }

    private TemplateInstance rollPage(VerifierClient client, String error) {
        return pages.page("operator-verifier-roll")
                .data("client", VerifierClientRow.of(client))
                .data("error", error);
    }

    private Response showOnce(IssuedClient issued, String what) {
        return ConsoleView.noStore(pages.ok(pages.page("operator-verifier-secret")
                .data("client", VerifierClientRow.of(issued.client()))
                .data("rolled", "rolled".equals(what))
                .data("secret", issued.secret())));
    }

    @POST
    @Path("{clientId}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@PathParam("clientId") String clientId, @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        clients.setEnabled(new SetVerifierClientEnabledCommand(session.caller(), uuid(clientId), false));
        return ConsoleView.seeOther(PAGE + "?flash=disabled");
    }

    @POST
    @Path("{clientId}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("clientId") String clientId, @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        clients.setEnabled(new SetVerifierClientEnabledCommand(session.caller(), uuid(clientId), true));
        return ConsoleView.seeOther(PAGE + "?flash=enabled");
    }

    private VerifierClient find(Caller caller, UUID id) {
        return clients.listClients(new ListVerifierClientsQuery(caller)).stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(VerifierClientNotFoundException::new);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new VerifierClientNotFoundException();
        }
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        return pages.problem(e);
    }
}
