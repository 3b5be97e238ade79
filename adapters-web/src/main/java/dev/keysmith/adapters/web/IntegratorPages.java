package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.integrator.ManageIntegratorsUseCase;
import dev.keysmith.application.port.in.integrator.ManageIntegratorsUseCase.GetIntegratorQuery;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.NotFoundException;
import dev.keysmith.domain.shared.PermissionDeniedException;
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
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An account's API users (integrators), for its admins: the list, a new one, and the edit page with the "active"
 * box that switches all their keys off and on. Keys made for them are sent to them, never shown here.
 */
@Path("/console/accounts/{accountId}/integrators")
@Produces(MediaType.TEXT_HTML)
public class IntegratorPages {

    private static final Map<String, String> FLASHES = Map.of(
            "created", "The API user is added. Generate a key for them: it is sent to them, not shown to you.",
            "saved", "The API user is saved.",
            "inactive", "The API user is inactive: their keys answer DISABLED at verification until you tick active.",
            "active", "The API user is active again: their live keys verify again.");

    /** The use case's field names to the form's. */
    private static final Map<String, String> FIELDS = Map.of("name", "name", "email", "email", "phone", "phone");

    private final ManageIntegratorsUseCase integrators;
    private final ConsoleSession session;
    private final CsrfGuard csrf;
    private final ConsoleView pages;

    IntegratorPages(ManageIntegratorsUseCase integrators, ConsoleSession session, CsrfGuard csrf, ConsoleView pages) {
        this.integrators = integrators;
        this.session = session;
        this.csrf = csrf;
        this.pages = pages;
    }

    static String path(String accountId) {
        return "/console/accounts/" + accountId + "/integrators";
    }

    @GET
    public Response list(@PathParam("accountId") String accountId, @QueryParam("flash") String flash) {
        return pages.ok(listPage(accountId, IntegratorForm.empty(), FormError.NONE)
                .data("flash", flash == null ? null : FLASHES.get(flash)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @PathParam("accountId") String accountId,
            @FormParam("name") String name,
            @FormParam("email") String email,
            @FormParam("phone") String phone,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        IntegratorForm form = new IntegratorForm(name, email, phone, true);
        try {
            integrators.createIntegrator(form.toCreate(session.caller(), AccountId.parse(accountId)));
        } catch (NotFoundException | PermissionDeniedException notTheirs) {
            throw notTheirs;
        } catch (DomainException refused) {
            return pages.html(ConsoleView.statusOf(refused), listPage(accountId, form, error(refused)));
        }
        return ConsoleView.seeOther(path(accountId) + "?flash=created");
    }

    @GET
    @Path("{integratorId}")
    public Response editForm(
            @PathParam("accountId") String accountId,
            @PathParam("integratorId") String integratorId,
            @QueryParam("flash") String flash) {
        Integrator integrator = integrator(accountId, integratorId);
        return pages.ok(editPage(accountId, integrator, IntegratorForm.of(integrator), FormError.NONE)
                .data("flash", flash == null ? null : FLASHES.get(flash)));
    }

    @POST
    @Path("{integratorId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(
            @PathParam("accountId") String accountId,
            @PathParam("integratorId") String integratorId,
            @FormParam("name") String name,
            @FormParam("email") String email,
            @FormParam("phone") String phone,
            @FormParam("active") String active,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        Caller caller = session.caller();
        AccountId account = AccountId.parse(accountId);
        IntegratorId id = IntegratorId.parse(integratorId);
        IntegratorForm form = new IntegratorForm(name, email, phone, active != null);
        Integrator before = integrators.getIntegrator(new GetIntegratorQuery(caller, account, id));
        Integrator saved;
        try {
            saved = integrators.changeIntegrator(form.toChange(caller, account, id));
        } catch (NotFoundException | PermissionDeniedException notTheirs) {
            throw notTheirs;
        } catch (DomainException refused) {
            return pages.html(ConsoleView.statusOf(refused), editPage(accountId, before, form, error(refused)));
        }
        String flash = saved.active() == before.active() ? "saved" : saved.active() ? "active" : "inactive";
        return ConsoleView.seeOther(path(accountId) + "/" + integratorId + "?flash=" + flash);
    }

    private Integrator integrator(String accountId, String integratorId) {
        return integrators.getIntegrator(
                new GetIntegratorQuery(session.caller(), AccountId.parse(accountId), IntegratorId.parse(integratorId)));
    }

    private TemplateInstance listPage(String accountId, IntegratorForm form, FormError error) {
        List<IntegratorRow> rows = integrators
                .listIntegrators(
                        new ManageIntegratorsUseCase.ListIntegratorsQuery(session.caller(), AccountId.parse(accountId)))
                .stream()
                .map(IntegratorRow::of)
                .toList();
        return pages.accountPage("integrators", accountId)
                .data("integrators", rows)
                .data("form", form)
                .data("error", error)
                .data("flash", null);
    }

    private TemplateInstance editPage(String accountId, Integrator integrator, IntegratorForm form, FormError error) {
        return pages.accountPage("integrator", accountId)
                .data("integrator", IntegratorRow.of(integrator))
                .data("form", form)
                .data("error", error)
                .data("flash", null);
    }

    /** A refusal next to its field; the key's sentence for a bad name would speak of a key, so this one is ours. */
    private static FormError error(DomainException refused) {
        if ("INVALID_NAME".equals(refused.code())) {
            return FormError.at(
                    "name", "Give the API user a name of 1 to " + Integrator.MAX_NAME_LENGTH + " visible characters.");
        }
        return FormError.of(refused, FIELDS);
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        return pages.problem(e);
    }
}
