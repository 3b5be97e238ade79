package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.access.ListAccountProductsUseCase;
import dev.keysmith.application.port.in.access.ListAccountProductsUseCase.ListAccountProductsQuery;
import dev.keysmith.application.port.in.access.ListAccountProductsUseCase.ProductWithAccess;
import dev.keysmith.application.port.in.delivery.ManageKeyDeliveriesUseCase;
import dev.keysmith.application.port.in.delivery.ManageKeyDeliveriesUseCase.ResendKeyDeliveryCommand;
import dev.keysmith.application.port.in.key.ChangeApiKeyUseCase;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase.GeneratedApiKey;
import dev.keysmith.application.port.in.key.ListApiKeysUseCase;
import dev.keysmith.application.port.in.key.ListApiKeysUseCase.GetApiKeyQuery;
import dev.keysmith.application.port.in.key.RegenerateApiKeyUseCase;
import dev.keysmith.application.port.in.key.RegenerateApiKeyUseCase.RegenerateApiKeyCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.InactivityPolicy;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.LockedException;
import dev.keysmith.domain.shared.NotFoundException;
import dev.keysmith.domain.shared.PermissionDeniedException;
import dev.keysmith.domain.user.WrongPinException;
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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * One key: its details (with its API user and delivery, and "Send again"), the edit form (name, scopes, IP
 * allowlist), and regenerate with a PIN and a grace period.
 */
// Only a key id matches, so that /keys/new stays the generate form of KeyPages.
@Path("/console/accounts/{accountId}/keys/{keyId: [0-9a-fA-F-]{36}}")
@Produces(MediaType.TEXT_HTML)
public class KeyDetailPages {

    private static final Map<String, String> FLASHES = Map.of(
            "edited",
            "The key is changed. Verification follows its new scopes and IP allowlist from now on.",
            "sent-again",
            "A new link and code are on their way to the API user. The link sent before no longer works.");

    /** The use case's field names to the edit form's. */
    private static final Map<String, String> EDIT_FIELDS =
            Map.of("name", "name", "scopes", "scopes", "ipAllowlist", "ipAllowlist");

    /** The grace periods offered as choices; any other whole number of hours is typed. */
    private static final List<String> GRACE_CHOICES = List.of("none", "1", "24", "hours");

    private static final Pattern WHOLE_HOURS = Pattern.compile("[0-9]{1,3}");

    private final ListApiKeysUseCase listKeys;
    private final ChangeApiKeyUseCase changeKey;
    private final RegenerateApiKeyUseCase regenerateKey;
    private final ListAccountProductsUseCase accountProducts;
    private final CreatorNames creators;
    private final ApiUsers apiUsers;
    private final ManageKeyDeliveriesUseCase deliveries;
    private final Clock clock;
    private final InactivityPolicy inactivity;
    private final ConsoleSession session;
    private final CsrfGuard csrf;
    private final ConsoleView pages;

    KeyDetailPages(
            ListApiKeysUseCase listKeys,
            ChangeApiKeyUseCase changeKey,
            RegenerateApiKeyUseCase regenerateKey,
            ListAccountProductsUseCase accountProducts,
            CreatorNames creators,
            ApiUsers apiUsers,
            ManageKeyDeliveriesUseCase deliveries,
            Clock clock,
            InactivityPolicy inactivity,
            ConsoleSession session,
            CsrfGuard csrf,
            ConsoleView pages) {
        this.listKeys = listKeys;
        this.changeKey = changeKey;
        this.regenerateKey = regenerateKey;
        this.accountProducts = accountProducts;
        this.creators = creators;
        this.apiUsers = apiUsers;
        this.deliveries = deliveries;
        this.clock = clock;
        this.inactivity = inactivity;
        this.session = session;
        this.csrf = csrf;
        this.pages = pages;
    }

    static String keyPage(String accountId, String keyId) {
        return KeyPages.keysPage(accountId) + "/" + keyId;
    }

    @GET
    public Response detail(
            @PathParam("accountId") String accountId,
            @PathParam("keyId") String keyId,
            @QueryParam("flash") String flash) {
        Caller caller = session.caller();
        AccountId account = AccountId.parse(accountId);
        ApiKey key = key(caller, account, keyId);
        return pages.ok(
                detailPage(caller, account, key, null).data("flash", flash == null ? null : FLASHES.get(flash)));
    }

    /** The key, the API user it was made for and its newest delivery, if it was; {@code error} above the actions. */
    private TemplateInstance detailPage(Caller caller, AccountId account, ApiKey key, String error) {
        String creator = creators.of(caller, account).getOrDefault(key.createdBy(), CreatorNames.SOMEONE);
        String productName = product(caller, account, key)
                .map(p -> p.name().value())
                .orElse(key.product().value());
        Optional<KeyDelivery> delivery = apiUsers.delivery(caller, account, key.id());
        Integrator apiUser = delivery.map(d -> apiUsers.one(caller, account, d.integratorId()))
                .orElse(null);
        return pages.accountPage("key", account.toString())
                .data("key", KeyDetail.of(key, productName, inactivity, creator, apiUser))
                .data("apiUser", apiUser == null ? null : IntegratorRow.of(apiUser))
                .data(
                        "delivery",
                        delivery.map(d -> DeliveryRow.of(d, clock.instant())).orElse(null))
                .data("error", error)
                .data("flash", null);
    }

    /** A new link and code for the API user, ending the ones sent before; the key itself stays as it is. */
    @POST
    @Path("send-again")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendAgain(
            @PathParam("accountId") String accountId,
            @PathParam("keyId") String keyId,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        Caller caller = session.caller();
        AccountId account = AccountId.parse(accountId);
        ApiKeyId id = ApiKeyId.parse(keyId);
        try {
            deliveries.resendDelivery(new ResendKeyDeliveryCommand(caller, account, id));
        } catch (NotFoundException | PermissionDeniedException notTheirs) {
            throw notTheirs;
        } catch (DomainException refused) {
            ApiKey key = listKeys.getKey(new GetApiKeyQuery(caller, account, id));
            return pages.html(ConsoleView.statusOf(refused), detailPage(caller, account, key, Messages.of(refused)));
        }
        return ConsoleView.seeOther(keyPage(accountId, keyId) + "?flash=sent-again");
    }

    @GET
    @Path("edit")
    public Response editForm(@PathParam("accountId") String accountId, @PathParam("keyId") String keyId) {
        Caller caller = session.caller();
        AccountId account = AccountId.parse(accountId);
        ApiKey key = key(caller, account, keyId);
        return pages.ok(editPage(caller, account, key, EditForm.of(key), FormError.NONE));
    }

    @POST
    @Path("edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(
            @PathParam("accountId") String accountId,
            @PathParam("keyId") String keyId,
            @FormParam("name") String name,
            @FormParam("scopes") List<String> scopes,
            @FormParam("ipAllowlist") String ipAllowlist,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        Caller caller = session.caller();
        AccountId account = AccountId.parse(accountId);
        ApiKeyId id = ApiKeyId.parse(keyId);
        EditForm form = new EditForm(name, scopes, ipAllowlist);
        try {
            changeKey.edit(form.toCommand(caller, account, id));
        } catch (NotFoundException | PermissionDeniedException notTheirs) {
            throw notTheirs;
        } catch (DomainException refused) {
            ApiKey key = listKeys.getKey(new GetApiKeyQuery(caller, account, id));
            return pages.html(
                    ConsoleView.statusOf(refused),
                    editPage(caller, account, key, form, FormError.of(refused, EDIT_FIELDS)));
        }
        return ConsoleView.seeOther(keyPage(accountId, keyId) + "?flash=edited");
    }

    private TemplateInstance editPage(Caller caller, AccountId account, ApiKey key, EditForm form, FormError error) {
        // The product's scopes, and any the key still has that the product no longer offers.
        Set<String> offered = new TreeSet<>();
        product(caller, account, key)
                .ifPresent(p -> p.scopes().stream().map(Scope::value).forEach(offered::add));
        key.scopes().stream().map(Scope::value).forEach(offered::add);
        List<Option> scopes = offered.stream()
                .map(scope -> new Option(scope, scope, form.scopes().contains(scope)))
                .toList();
        return pages.accountPage("key-edit", account.toString())
                .data("keyId", key.id().toString())
                .data("keyHint", key.hint().value())
                .data("form", form)
                .data("scopes", scopes)
                .data("error", error);
    }

    @GET
    @Path("regenerate")
    public Response regenerateForm(@PathParam("accountId") String accountId, @PathParam("keyId") String keyId) {
        Caller caller = session.caller();
        ApiKey key = key(caller, AccountId.parse(accountId), keyId);
        return pages.ok(regeneratePage(accountId, key, "none", "", FormError.NONE));
    }

    /**
     * With the PIN, the key is replaced and the new secret shown on this response, and only here; an API user's new
     * key is sent to them instead.
     */
    @POST
    @Path("regenerate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response regenerate(
            @PathParam("accountId") String accountId,
            @PathParam("keyId") String keyId,
            @FormParam("pin") String pin,
            @FormParam("grace") String grace,
            @FormParam("graceHours") String graceHours,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        Caller caller = session.caller();
        AccountId account = AccountId.parse(accountId);
        ApiKeyId id = ApiKeyId.parse(keyId);
        String choice = grace != null && GRACE_CHOICES.contains(grace) ? grace : "none";
        String hours = graceHours == null ? "" : graceHours.strip();
        if (choice.equals("hours") && !WHOLE_HOURS.matcher(hours).matches()) {
            ApiKey key = listKeys.getKey(new GetApiKeyQuery(caller, account, id));
            return pages.html(
                    400,
                    regeneratePage(
                            accountId,
                            key,
                            choice,
                            hours,
                            FormError.at("grace", "Give the grace period as a whole number of hours, up to 24.")));
        }
        Duration gracePeriod = switch (choice) {
            case "none" -> null;
            case "hours" -> Duration.ofHours(Integer.parseInt(hours));
            default -> Duration.ofHours(Integer.parseInt(choice));
        };
        GeneratedApiKey generated;
        try {
            generated = regenerateKey.regenerate(
                    new RegenerateApiKeyCommand(caller, account, id, pin == null ? "" : pin, gracePeriod));
        } catch (WrongPinException | LockedException pinRefused) {
            return refusedRegenerate(caller, account, id, choice, hours, FormError.at("pin", pinRefused), pinRefused);
        } catch (NotFoundException | PermissionDeniedException notTheirs) {
            throw notTheirs;
        } catch (DomainException refused) {
            FormError error = FormError.of(refused, Map.of("gracePeriodSeconds", "grace", "pin", "pin"));
            return refusedRegenerate(caller, account, id, choice, hours, error, refused);
        }
        // Told from the request: a read of the old key in this request may still see it as it was before.
        long graceLength = gracePeriod == null ? 0 : gracePeriod.toHours();
        String oldKey = graceLength == 0
                ? "The old key is revoked: it stopped working now."
                : "If the old key was active, it keeps working for " + graceLength
                        + (graceLength == 1 ? " hour" : " hours")
                        + ", then it is revoked; a disabled one is revoked now.";
        if (generated.delivery() != null) {
            // An API user's key: the new one went to them by email link and SMS code, and is not shown here.
            Integrator apiUser =
                    apiUsers.one(caller, account, generated.delivery().integratorId());
            return pages.ok(pages.accountPage("key-sent", accountId)
                    .data("sent", SentKey.of(generated, apiUser))
                    .data("oldKey", oldKey));
        }
        return ConsoleView.noStore(pages.ok(pages.accountPage("show-once", accountId)
                .data("keyName", generated.key().name().value())
                .data("product", generated.key().product().value())
                .data("secret", generated.secret().reveal())
                .data("oldKey", oldKey)));
    }

    private Response refusedRegenerate(
            Caller caller,
            AccountId account,
            ApiKeyId id,
            String choice,
            String hours,
            FormError error,
            DomainException e) {
        ApiKey key = listKeys.getKey(new GetApiKeyQuery(caller, account, id));
        return pages.html(ConsoleView.statusOf(e), regeneratePage(account.toString(), key, choice, hours, error));
    }

    private TemplateInstance regeneratePage(String accountId, ApiKey key, String grace, String hours, FormError error) {
        Caller caller = session.caller();
        AccountId account = AccountId.parse(accountId);
        Integrator apiUser = apiUsers.delivery(caller, account, key.id())
                .map(d -> apiUsers.one(caller, account, d.integratorId()))
                .orElse(null);
        return pages.accountPage("regenerate", accountId)
                .data("apiUser", apiUser == null ? null : IntegratorRow.of(apiUser))
                .data("keyId", key.id().toString())
                .data("keyName", key.name().value())
                .data("keyHint", key.hint().value())
                .data(
                        "replacedBy",
                        key.replacedBy() == null ? null : key.replacedBy().toString())
                .data("grace", grace)
                .data("graceHours", hours)
                .data("error", error);
    }

    private ApiKey key(Caller caller, AccountId account, String keyId) {
        return listKeys.getKey(new GetApiKeyQuery(caller, account, ApiKeyId.parse(keyId)));
    }

    private Optional<Product> product(Caller caller, AccountId account, ApiKey key) {
        return accountProducts.listAccountProducts(new ListAccountProductsQuery(caller, account)).stream()
                .map(ProductWithAccess::product)
                .filter(p -> p.code().equals(key.product()))
                .findFirst();
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        return pages.problem(e);
    }
}
