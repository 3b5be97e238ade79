package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.access.ListAccountProductsUseCase;
import dev.keysmith.application.port.in.access.ListAccountProductsUseCase.ListAccountProductsQuery;
import dev.keysmith.application.port.in.access.ListAccountProductsUseCase.ProductWithAccess;
import dev.keysmith.application.port.in.key.ChangeApiKeyUseCase;
import dev.keysmith.application.port.in.key.ChangeApiKeyUseCase.DisableApiKeyCommand;
import dev.keysmith.application.port.in.key.ChangeApiKeyUseCase.EnableApiKeyCommand;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase.GenerateApiKeyCommand;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase.GeneratedApiKey;
import dev.keysmith.application.port.in.key.ListApiKeysUseCase;
import dev.keysmith.application.port.in.key.ListApiKeysUseCase.GetApiKeyQuery;
import dev.keysmith.application.port.in.key.ListApiKeysUseCase.ListApiKeysQuery;
import dev.keysmith.application.port.in.key.RevokeApiKeyUseCase;
import dev.keysmith.application.port.in.key.RevokeApiKeyUseCase.RevokeApiKeyCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.InactivityPolicy;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.LockedException;
import dev.keysmith.domain.shared.PermissionDeniedException;
import dev.keysmith.domain.user.UserId;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An account's API keys: the list with its switches and each key's API user, generate with a PIN and show once (or
 * send to an API user), revoke with a PIN.
 */
@Path("/console/accounts/{accountId}/keys")
@Produces(MediaType.TEXT_HTML)
public class KeyPages {

    private static final Map<String, String> FLASHES = Map.of(
            "disabled", "The key is disabled. Verification answers DISABLED until you enable it again.",
            "enabled", "The key is enabled again.",
            "revoked", "The key is revoked. It can never be used again.");

    private final ListApiKeysUseCase listKeys;
    private final GenerateApiKeyUseCase generateKey;
    private final ChangeApiKeyUseCase changeKey;
    private final RevokeApiKeyUseCase revokeKey;
    private final ListAccountProductsUseCase accountProducts;
    private final CreatorNames creators;
    private final ApiUsers apiUsers;
    private final InactivityPolicy inactivity;
    private final ConsoleSession session;
    private final CsrfGuard csrf;
    private final ConsoleView pages;

    KeyPages(
            ListApiKeysUseCase listKeys,
            GenerateApiKeyUseCase generateKey,
            ChangeApiKeyUseCase changeKey,
            RevokeApiKeyUseCase revokeKey,
            ListAccountProductsUseCase accountProducts,
            CreatorNames creators,
            ApiUsers apiUsers,
            InactivityPolicy inactivity,
            ConsoleSession session,
            CsrfGuard csrf,
            ConsoleView pages) {
        this.listKeys = listKeys;
        this.generateKey = generateKey;
        this.changeKey = changeKey;
        this.revokeKey = revokeKey;
        this.accountProducts = accountProducts;
        this.creators = creators;
        this.apiUsers = apiUsers;
        this.inactivity = inactivity;
        this.session = session;
        this.csrf = csrf;
        this.pages = pages;
    }

    static String keysPage(String accountId) {
        return "/console/accounts/" + accountId + "/keys";
    }

    @GET
    public Response list(
            @PathParam("accountId") String accountId,
            @QueryParam("product") String product,
            @QueryParam("status") String status,
            @QueryParam("flash") String flash) {
        Caller caller = session.caller();
        AccountId account = AccountId.parse(accountId);
        ProductCode productFilter = product == null || product.isBlank() ? null : new ProductCode(product);
        KeyStatus statusFilter = statusFilter(status);
        List<ApiKey> keys = allKeys(caller, account, productFilter, statusFilter);
        List<Product> catalogue =
                accountProducts.listAccountProducts(new ListAccountProductsQuery(caller, account)).stream()
                        .map(ProductWithAccess::product)
                        .toList();
        Map<UserId, String> names = creators.of(caller, account);
        List<Integrator> known = apiUsers.of(caller, account);
        Map<ApiKeyId, Integrator> owners = apiUsers.byKey(caller, account, known, keys);

        Map<ProductCode, List<KeyRow>> byProduct = new LinkedHashMap<>();
        for (ApiKey key : keys) {
            String creator = names.getOrDefault(key.createdBy(), CreatorNames.SOMEONE);
            byProduct
                    .computeIfAbsent(key.product(), code -> new ArrayList<>())
                    .add(KeyRow.of(key, inactivity, creator, owners.get(key.id())));
        }
        List<ProductGroup> groups = new ArrayList<>();
        for (Map.Entry<ProductCode, List<KeyRow>> entry : byProduct.entrySet()) {
            String name = catalogue.stream()
                    .filter(p -> p.code().equals(entry.getKey()))
                    .map(p -> p.name().value())
                    .findFirst()
                    .orElse(entry.getKey().value());
            groups.add(new ProductGroup(entry.getKey().value(), name, entry.getValue()));
        }
        List<Option> productOptions = new ArrayList<>();
        productOptions.add(new Option("", "All products", productFilter == null));
        for (Product p : catalogue) {
            productOptions.add(
                    new Option(p.code().value(), p.name().value(), p.code().equals(productFilter)));
        }
        List<Option> statusOptions = new ArrayList<>();
        statusOptions.add(new Option("", "Any status", statusFilter == null));
        for (KeyStatus s : KeyStatus.values()) {
            statusOptions.add(new Option(s.name(), s.name(), s == statusFilter));
        }
        return pages.ok(pages.accountPage("keys", accountId)
                .data("groups", groups)
                .data("productOptions", productOptions)
                .data("statusOptions", statusOptions)
                .data("apiUsers", !known.isEmpty())
                .data("flash", flash == null ? null : FLASHES.get(flash)));
    }

    private List<ApiKey> allKeys(Caller caller, AccountId account, ProductCode product, KeyStatus status) {
        List<ApiKey> keys = new ArrayList<>();
        String after = null;
        do {
            Page<ApiKey> page =
                    listKeys.listKeys(new ListApiKeysQuery(caller, account, product, status, after, Page.MAX_LIMIT));
            keys.addAll(page.items());
            after = page.nextCursor();
        } while (after != null);
        return keys;
    }

    private static KeyStatus statusFilter(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(KeyStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
    }

    @GET
    @Path("new")
    public Response generateForm(
            @PathParam("accountId") String accountId, @QueryParam("integrator") String integrator) {
        GenerateForm form = GenerateForm.posted(null, null, null, null, integrator);
        return pages.ok(generatePage(accountId, form, null));
    }

    /** The first step: what the key will be; nothing is made yet. */
    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response continueToConfirm(
            @PathParam("accountId") String accountId,
            @FormParam("product") String product,
            @FormParam("name") String name,
            @FormParam("scopes") List<String> scopes,
            @FormParam("ipAllowlist") List<String> ipAllowlist,
            @FormParam("integrator") String integrator,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        GenerateForm form = GenerateForm.posted(product, name, scopes, ipAllowlist, integrator);
        Caller caller = session.caller();
        AccountId account = AccountId.parse(accountId);
        Integrator apiUser;
        try {
            // Builds the value objects only, so a bad name or scope is shown before the PIN is asked for.
            GenerateApiKeyCommand command = form.toCommand(caller, account, null);
            apiUser = command.integrator() == null ? null : apiUsers.one(caller, account, command.integrator());
        } catch (PermissionDeniedException notAllowed) {
            throw notAllowed;
        } catch (DomainException refused) {
            return pages.html(ConsoleView.statusOf(refused), generatePage(accountId, form, Messages.of(refused)));
        }
        return pages.ok(confirmPage(accountId, form, apiUser, null));
    }

    /**
     * The second step: with the PIN, the key is made and its secret shown on this response, and only here; a key
     * for an API user is sent to them instead, and this response only says so.
     */
    @POST
    @Path("new/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response generate(
            @PathParam("accountId") String accountId,
            @FormParam("product") String product,
            @FormParam("name") String name,
            @FormParam("scopes") List<String> scopes,
            @FormParam("ipAllowlist") List<String> ipAllowlist,
            @FormParam("integrator") String integrator,
            @FormParam("pin") String pin,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        GenerateForm form = GenerateForm.posted(product, name, scopes, ipAllowlist, integrator);
        Caller caller = session.caller();
        AccountId account = AccountId.parse(accountId);
        GeneratedApiKey generated;
        try {
            generated = generateKey.generate(form.toCommand(caller, account, pin == null ? "" : pin));
        } catch (PermissionDeniedException | LockedException pinRefused) {
            Integrator apiUser =
                    form.forApiUser() ? apiUsers.one(caller, account, IntegratorId.parse(form.integrator())) : null;
            return pages.html(
                    ConsoleView.statusOf(pinRefused), confirmPage(accountId, form, apiUser, Messages.of(pinRefused)));
        } catch (DomainException refused) {
            return pages.html(ConsoleView.statusOf(refused), generatePage(accountId, form, Messages.of(refused)));
        }
        if (generated.delivery() != null) {
            // Made for an API user: it went to them by email link and SMS code; no secret exists on this side.
            Integrator apiUser =
                    apiUsers.one(caller, account, generated.delivery().integratorId());
            return pages.ok(pages.accountPage("key-sent", accountId)
                    .data("sent", SentKey.of(generated, apiUser))
                    .data("oldKey", null));
        }
        return ConsoleView.noStore(pages.ok(pages.accountPage("show-once", accountId)
                .data("keyName", generated.key().name().value())
                .data("product", generated.key().product().value())
                .data("secret", generated.secret().reveal())));
    }

    private TemplateInstance generatePage(String accountId, GenerateForm form, String error) {
        Caller caller = session.caller();
        List<Product> enabled =
                accountProducts
                        .listAccountProducts(new ListAccountProductsQuery(caller, AccountId.parse(accountId)))
                        .stream()
                        .filter(p -> p.access().isEnabled())
                        .map(ProductWithAccess::product)
                        .toList();
        List<Option> products = enabled.stream()
                .map(p -> new Option(
                        p.code().value(), p.name().value(), p.code().value().equals(form.product())))
                .toList();
        Set<String> offered = new TreeSet<>();
        for (Product p : enabled) {
            p.scopes().stream().map(Scope::value).forEach(offered::add);
        }
        Set<String> chosen = new LinkedHashSet<>(form.scopes());
        List<Option> scopes = offered.stream()
                .map(scope -> new Option(scope, scope, chosen.contains(scope)))
                .toList();
        List<Option> apiUserOptions = new ArrayList<>();
        List<Integrator> known = apiUsers.of(caller, AccountId.parse(accountId));
        if (!known.isEmpty()) {
            apiUserOptions.add(new Option("", "No one: show the key to me once", !form.forApiUser()));
            for (Integrator i : known) {
                String label = i.name() + " (" + i.email().value() + ")" + (i.active() ? "" : ", inactive");
                apiUserOptions.add(
                        new Option(i.id().toString(), label, i.id().toString().equals(form.integrator())));
            }
        }
        return pages.accountPage("generate", accountId)
                .data("form", form)
                .data("products", products)
                .data("scopes", scopes)
                .data("apiUserOptions", apiUserOptions)
                .data("error", error);
    }

    private TemplateInstance confirmPage(String accountId, GenerateForm form, Integrator apiUser, String error) {
        return pages.accountPage("generate-confirm", accountId)
                .data("form", form)
                .data("apiUser", apiUser == null ? null : IntegratorRow.of(apiUser))
                .data("error", error);
    }

    @GET
    @Path("{keyId}/revoke")
    public Response revokeForm(@PathParam("accountId") String accountId, @PathParam("keyId") String keyId) {
        ApiKey key = listKeys.getKey(
                new GetApiKeyQuery(session.caller(), AccountId.parse(accountId), ApiKeyId.parse(keyId)));
        return pages.ok(revokePage(accountId, key, null));
    }

    @POST
    @Path("{keyId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(
            @PathParam("accountId") String accountId,
            @PathParam("keyId") String keyId,
            @FormParam("pin") String pin,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        Caller caller = session.caller();
        AccountId account = AccountId.parse(accountId);
        ApiKeyId key = ApiKeyId.parse(keyId);
        try {
            revokeKey.revoke(new RevokeApiKeyCommand(caller, account, key, pin == null ? "" : pin));
        } catch (PermissionDeniedException | LockedException pinRefused) {
            ApiKey current = listKeys.getKey(new GetApiKeyQuery(caller, account, key));
            return pages.html(
                    ConsoleView.statusOf(pinRefused), revokePage(accountId, current, Messages.of(pinRefused)));
        }
        return ConsoleView.seeOther(keysPage(accountId) + "?flash=revoked");
    }

    private TemplateInstance revokePage(String accountId, ApiKey key, String error) {
        return pages.accountPage("revoke", accountId)
                .data("keyId", key.id().toString())
                .data("keyName", key.name().value())
                .data("keyHint", key.hint().value())
                .data("error", error);
    }

    @POST
    @Path("{keyId}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(
            @PathParam("accountId") String accountId,
            @PathParam("keyId") String keyId,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        changeKey.disable(
                new DisableApiKeyCommand(session.caller(), AccountId.parse(accountId), ApiKeyId.parse(keyId)));
        return ConsoleView.seeOther(keysPage(accountId) + "?flash=disabled");
    }

    @POST
    @Path("{keyId}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(
            @PathParam("accountId") String accountId,
            @PathParam("keyId") String keyId,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        changeKey.enable(new EnableApiKeyCommand(session.caller(), AccountId.parse(accountId), ApiKeyId.parse(keyId)));
        return ConsoleView.seeOther(keysPage(accountId) + "?flash=enabled");
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        return pages.problem(e);
    }
}
