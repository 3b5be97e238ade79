package dev.keysmith.adapters.rest.account;

import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.Roles;
import dev.keysmith.adapters.rest.shared.PageResponse;
import dev.keysmith.adapters.rest.shared.RequestParams;
import dev.keysmith.application.port.in.account.ChangeAccountStatusUseCase;
import dev.keysmith.application.port.in.account.ChangeAccountStatusUseCase.ApproveAccountCommand;
import dev.keysmith.application.port.in.account.ChangeAccountStatusUseCase.ReinstateAccountCommand;
import dev.keysmith.application.port.in.account.ChangeAccountStatusUseCase.SuspendAccountCommand;
import dev.keysmith.application.port.in.account.CreateAccountUseCase;
import dev.keysmith.application.port.in.account.CreateAccountUseCase.CreatedAccount;
import dev.keysmith.application.port.in.account.GetAccountUseCase;
import dev.keysmith.application.port.in.account.GetAccountUseCase.GetAccountQuery;
import dev.keysmith.application.port.in.account.ListAccountsUseCase;
import dev.keysmith.application.port.in.account.ListAccountsUseCase.ListAccountsQuery;
import dev.keysmith.domain.account.AccountId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Customer accounts: operators open and approve them; members read the ones they belong to. */
@Path("/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final ListAccountsUseCase listAccounts;
    private final GetAccountUseCase getAccount;
    private final CreateAccountUseCase createAccount;
    private final ChangeAccountStatusUseCase changeStatus;
    private final CallerFactory callers;

    AccountResource(
            ListAccountsUseCase listAccounts,
            GetAccountUseCase getAccount,
            CreateAccountUseCase createAccount,
            ChangeAccountStatusUseCase changeStatus,
            CallerFactory callers) {
        this.listAccounts = listAccounts;
        this.getAccount = getAccount;
        this.createAccount = createAccount;
        this.changeStatus = changeStatus;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.USER, Roles.OPERATOR})
    public PageResponse<AccountResponse> list(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        return PageResponse.from(
                listAccounts.listAccounts(new ListAccountsQuery(callers.current(), after, RequestParams.limit(limit))),
                AccountResponse::from);
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CreateAccountRequest request, UriInfo uri) {
        CreatedAccount created = createAccount.createAccount(request.toCommand(callers.current()));
        // The owner's invitation token is in the body: it must not be cached anywhere on the way.
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.account().id().toString())
                        .build())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(CreatedAccountResponse.from(created))
                .build();
    }

    @GET
    @Path("/{accountId}")
    @RolesAllowed({Roles.USER, Roles.OPERATOR})
    public AccountResponse get(@PathParam("accountId") String accountId) {
        return AccountResponse.from(
                getAccount.getAccount(new GetAccountQuery(callers.current(), AccountId.parse(accountId))));
    }

    @POST
    @Path("/{accountId}/approve")
    @RolesAllowed(Roles.OPERATOR)
    public AccountResponse approve(@PathParam("accountId") String accountId) {
        return AccountResponse.from(
                changeStatus.approve(new ApproveAccountCommand(callers.current(), AccountId.parse(accountId))));
    }

    @POST
    @Path("/{accountId}/suspend")
    @RolesAllowed(Roles.OPERATOR)
    public AccountResponse suspend(@PathParam("accountId") String accountId) {
        return AccountResponse.from(
                changeStatus.suspend(new SuspendAccountCommand(callers.current(), AccountId.parse(accountId))));
    }

    @POST
    @Path("/{accountId}/reinstate")
    @RolesAllowed(Roles.OPERATOR)
    public AccountResponse reinstate(@PathParam("accountId") String accountId) {
        return AccountResponse.from(
                changeStatus.reinstate(new ReinstateAccountCommand(callers.current(), AccountId.parse(accountId))));
    }
}
