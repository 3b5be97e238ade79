package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase.DisableProductAccessCommand;
import dev.keysmith.application.port.in.access.DecideProductAccessUseCase.EnableProductAccessCommand;
import dev.keysmith.application.port.in.access.ReviewAccountProductsUseCase;
import dev.keysmith.application.port.in.access.ReviewAccountProductsUseCase.ReviewAccountProductsQuery;
import dev.keysmith.application.port.in.account.ChangeAccountStatusUseCase;
import dev.keysmith.application.port.in.account.ChangeAccountStatusUseCase.ApproveAccountCommand;
import dev.keysmith.application.port.in.account.ChangeAccountStatusUseCase.ReinstateAccountCommand;
import dev.keysmith.application.port.in.account.ChangeAccountStatusUseCase.SuspendAccountCommand;
import dev.keysmith.application.port.in.account.CreateAccountUseCase;
import dev.keysmith.application.port.in.account.CreateAccountUseCase.CreateAccountCommand;
import dev.keysmith.application.port.in.account.CreateAccountUseCase.CreatedAccount;
import dev.keysmith.application.port.in.account.GetAccountUseCase;
import dev.keysmith.application.port.in.account.GetAccountUseCase.GetAccountQuery;
import dev.keysmith.application.port.in.account.ListAccountsUseCase;
import dev.keysmith.application.port.in.account.ListAccountsUseCase.ListAccountsQuery;
import dev.keysmith.application.port.in.support.ViewAccountForSupportUseCase;
import dev.keysmith.application.port.in.support.ViewAccountForSupportUseCase.SupportView;
import dev.keysmith.application.port.in.support.ViewAccountForSupportUseCase.ViewAccountForSupportQuery;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountName;
import dev.keysmith.domain.account.AccountStatus;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.user.Email;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The operators' accounts: the list with a form to open an account (or a sub-account), one account's page with its
 * status switches and its products, and the read-only support view of its keys and audit trail.
 */
@Path(OperatorAccountPages.PAGE)
@Produces(MediaType.TEXT_HTML)
public class OperatorAccountPages {

    static final String PAGE = "/console/operator/accounts";

    private static final Map<String, String> FLASHES = Map.of(
            "approved", "The account is approved: its admins may now manage keys.",
            "suspended", "The account is suspended: its keys verify as ACCOUNT_SUSPENDED until it is reinstated.",
            "reinstated", "The account is reinstated: its keys work again.",
            "enabled", "The product is enabled for this account.",
            "disabled", "The product is disabled for this account.");

    private static final Map<String, String> LABELS = Map.of(
            "name", "Name",
            "parentAccountId", "Master account",
            "email", "Owner's email",
            "ownerEmail", "Owner's email",
            "ownerDisplayName", "Owner's name");

    private final ListAccountsUseCase listAccounts;
    private final GetAccountUseCase getAccount;
    private final CreateAccountUseCase createAccount;
    private final ChangeAccountStatusUseCase changeStatus;
    private final ReviewAccountProductsUseCase accountProducts;
    private final DecideProductAccessUseCase decideAccess;
    private final ViewAccountForSupportUseCase support;
    private final ConsoleSession session;
    private final CsrfGuard csrf;
    private final ConsoleView pages;

    OperatorAccountPages(
            ListAccountsUseCase listAccounts,
            GetAccountUseCase getAccount,
            CreateAccountUseCase createAccount,
            ChangeAccountStatusUseCase changeStatus,
            ReviewAccountProductsUseCase accountProducts,
            DecideProductAccessUseCase decideAccess,
            ViewAccountForSupportUseCase support,
            ConsoleSession session,
            CsrfGuard csrf,
            ConsoleView pages) {
        this.listAccounts = listAccounts;
        this.getAccount = getAccount;
        this.createAccount = createAccount;
        this.changeStatus = changeStatus;
        this.accountProducts = accountProducts;
        this.decideAccess = decideAccess;
        this.support = support;
        this.session = session;
        this.csrf = csrf;
        this.pages = pages;
    }

    static String accountPage(String accountId) {
        return PAGE + "/" + accountId;
    }

    /** What the create form holds; the owner's name and email come back after a refusal, never anything secret. */
    @TemplateData
    public record AccountForm(String name, String parent, String ownerEmail, String ownerName) {

        public AccountForm {
            name = name == null ? "" : name;
            parent = parent == null ? "" : parent.strip();
            ownerEmail = ownerEmail == null ? "" : ownerEmail;
            ownerName = ownerName == null ? "" : ownerName;
        }
    }

    @GET
    public Response list(
            @QueryParam("after") String after, @QueryParam("parent") String parent, @QueryParam("flash") String flash) {
        Caller caller = operator();
        return pages.ok(listPage(caller, after, new AccountForm("", parent, "", ""), OperatorFormErrors.none())
                .data("flash", flash == null ? null : FLASHES.get(flash)));
    }

    private TemplateInstance listPage(Caller caller, String after, AccountForm form, OperatorFormErrors errors) {
        Page<Account> page = listAccounts.listAccounts(
                new ListAccountsQuery(caller, after == null || after.isBlank() ? null : after, Page.DEFAULT_LIMIT));
        List<Account> all = allAccounts(caller);
        List<OperatorAccountRow> rows =
                page.items().stream().map(account -> row(account, all)).toList();
        List<Option> masters = new ArrayList<>();
        masters.add(new Option("", "None: a top-level account", form.parent().isEmpty()));
        for (Account account : all) {
            if (!account.isSubAccount()) {
                String id = account.id().toString();
                masters.add(new Option(id, account.name().value(), id.equals(form.parent())));
            }
        }
        return pages.page("operator-accounts")
                .data("accounts", rows)
                .data("next", page.nextCursor())
                .data("paged", after != null && !after.isBlank())
                .data("masters", masters)
                .data("form", form)
                .data("errors", errors)
                .data("flash", null);
    }

    private List<Account> allAccounts(Caller caller) {
        List<Account> all = new ArrayList<>();
        String after = null;
        do {
            Page<Account> page = listAccounts.listAccounts(new ListAccountsQuery(caller, after, Page.MAX_LIMIT));
            all.addAll(page.items());
            after = page.nextCursor();
        } while (after != null);
        return all;
    }

    private static OperatorAccountRow row(Account account, List<Account> all) {
        String parentName = account.parentId() == null
                ? null
                : all.stream()
                        .filter(a -> a.id().equals(account.parentId()))
                        .map(a -> a.name().value())
                        .findFirst()
                        .orElse(account.parentId().toString());
        return new OperatorAccountRow(
                account.id().toString(),
                account.name().value(),
                account.status().name(),
                account.parentId() == null ? null : account.parentId().toString(),
                parentName,
                Moments.of(account.createdAt()));
    }

    /** Opens the account; the owner's invitation link is shown on this response only. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @FormParam("name") String name,
            @FormParam("parent") String parent,
            @FormParam("ownerEmail") String ownerEmail,
            @FormParam("ownerName") String ownerName,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        Caller caller = operator();
        AccountForm form = new AccountForm(name, parent, ownerEmail, ownerName);
        CreatedAccount created;
        try {
            created = createAccount.createAccount(new CreateAccountCommand(
                    caller,
                    new AccountName(form.name()),
                    form.parent().isEmpty() ? null : AccountId.parse(form.parent()),
                    new Email(form.ownerEmail()),
                    form.ownerName().isBlank() ? null : form.ownerName().strip()));
        } catch (DomainException refused) {
            return pages.html(
                    ConsoleView.statusOf(refused),
                    listPage(caller, null, form, OperatorFormErrors.of(refused, LABELS)));
        }
        Account account = created.account();
        return ConsoleView.noStore(pages.ok(pages.page("operator-account-created")
                .data("account", row(account, List.of()))
                .data(
                        "ownerEmail",
                        created.ownerInvitation().invitation().email().value())
                .data(
                        "invitationLink",
                        "/console/invitations/" + created.ownerInvitation().token())));
    }

    @GET
    @Path("{accountId}")
    public Response account(@PathParam("accountId") String accountId, @QueryParam("flash") String flash) {
        Caller caller = operator();
        AccountId id = AccountId.parse(accountId);
        Account account = getAccount.getAccount(new GetAccountQuery(caller, id));
        List<Account> all = allAccounts(caller);
        List<OperatorAccountRow> subAccounts = all.stream()
                .filter(a -> id.equals(a.parentId()))
                .map(a -> row(a, all))
                .toList();
        List<OperatorAccessRow> products =
                accountProducts.reviewAccountProducts(new ReviewAccountProductsQuery(caller, id)).stream()
                        .map(p -> new OperatorAccessRow(
                                p.product().code().value(),
                                p.product().name().value(),
                                p.access().state().name(),
                                p.access().isEnabled()))
                        .toList();
        AccountStatus status = account.status();
        return pages.ok(pages.page("operator-account")
                .data("account", row(account, all))
                .data("canApprove", status == AccountStatus.ONBOARDING)
                .data("canSuspend", status == AccountStatus.APPROVED)
                .data("canReinstate", status == AccountStatus.SUSPENDED)
                .data("subAccounts", subAccounts)
                .data("products", products)
                .data("flash", flash == null ? null : FLASHES.get(flash)));
    }

    @POST
    @Path("{accountId}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("accountId") String accountId, @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        changeStatus.approve(new ApproveAccountCommand(session.caller(), AccountId.parse(accountId)));
        return ConsoleView.seeOther(accountPage(accountId) + "?flash=approved");
    }

    @POST
    @Path("{accountId}/suspend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@PathParam("accountId") String accountId, @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        changeStatus.suspend(new SuspendAccountCommand(session.caller(), AccountId.parse(accountId)));
        return ConsoleView.seeOther(accountPage(accountId) + "?flash=suspended");
    }

    @POST
    @Path("{accountId}/reinstate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reinstate(@PathParam("accountId") String accountId, @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        changeStatus.reinstate(new ReinstateAccountCommand(session.caller(), AccountId.parse(accountId)));
        return ConsoleView.seeOther(accountPage(accountId) + "?flash=reinstated");
    }

    @POST
    @Path("{accountId}/products/{code}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enableProduct(
            @PathParam("accountId") String accountId,
            @PathParam("code") String code,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        decideAccess.enable(
                new EnableProductAccessCommand(session.caller(), AccountId.parse(accountId), new ProductCode(code)));
        return ConsoleView.seeOther(accountPage(accountId) + "?flash=enabled");
    }

    @POST
    @Path("{accountId}/products/{code}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disableProduct(
            @PathParam("accountId") String accountId,
            @PathParam("code") String code,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        decideAccess.disable(
                new DisableProductAccessCommand(session.caller(), AccountId.parse(accountId), new ProductCode(code)));
        return ConsoleView.seeOther(accountPage(accountId) + "?flash=disabled");
    }

    /** Read-only, and every opening is recorded in the account's own audit trail. */
    @GET
    @Path("{accountId}/support")
    public Response supportView(@PathParam("accountId") String accountId, @QueryParam("after") String after) {
        Caller caller = operator();
        SupportView view = support.viewAccount(
                new ViewAccountForSupportQuery(caller, AccountId.parse(accountId), after, Page.DEFAULT_LIMIT));
        return pages.ok(pages.page("operator-support")
                .data("account", row(view.account(), List.of()))
                .data(
                        "keys",
                        view.keys().stream().map(SupportRows.KeyHintRow::of).toList())
                .data(
                        "events",
                        view.events().items().stream()
                                .map(e -> SupportRows.EventRow.of(e, caller.id()))
                                .toList())
                .data("next", view.events().nextCursor())
                .data("paged", after != null && !after.isBlank()));
    }

    /** These pages are for operators; the use cases check each action again. */
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
