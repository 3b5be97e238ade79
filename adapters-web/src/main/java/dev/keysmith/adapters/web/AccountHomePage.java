package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.account.GetAccountUseCase;
import dev.keysmith.application.port.in.account.GetAccountUseCase.GetAccountQuery;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountStatus;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.shared.DomainException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An account's landing page: its name and status, what every member may see; MEMBERs land here. */
@Path("/console/accounts/{accountId}")
@Produces(MediaType.TEXT_HTML)
public class AccountHomePage {

    private static final Map<AccountStatus, String> STATUS_WORDS = Map.of(
            AccountStatus.ONBOARDING, "Waiting for an operator to approve it; no keys can be made yet.",
            AccountStatus.APPROVED, "Approved: its keys work for the products it may use.",
            AccountStatus.SUSPENDED, "Suspended by an operator: its keys are refused until it is reinstated.");

    private final GetAccountUseCase accounts;
    private final ConsoleSession session;
    private final ConsoleView pages;

    AccountHomePage(GetAccountUseCase accounts, ConsoleSession session, ConsoleView pages) {
        this.accounts = accounts;
        this.session = session;
        this.pages = pages;
    }

    static String path(String accountId) {
        return "/console/accounts/" + accountId;
    }

    @GET
    public Response home(@PathParam("accountId") String accountId) {
        Caller caller = session.caller();
        Account account = accounts.getAccount(new GetAccountQuery(caller, AccountId.parse(accountId)));
        Role role = pages.roleIn(caller, account.id()).orElse(null);
        return pages.ok(pages.accountPage("account-home", accountId)
                .data("accountName", account.name().value())
                .data("status", account.status().name())
                .data("statusWords", STATUS_WORDS.get(account.status()))
                .data("subAccount", account.isSubAccount())
                .data("role", role == null ? null : role.name())
                .data("admin", role != null && role.includes(Role.ADMIN)));
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        return pages.problem(e);
    }
}
