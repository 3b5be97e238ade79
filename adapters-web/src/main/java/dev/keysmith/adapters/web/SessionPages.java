package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.auth.LoginUseCase;
import dev.keysmith.application.port.in.auth.LoginUseCase.LoginCommand;
import dev.keysmith.application.port.in.user.GetProfileUseCase;
import dev.keysmith.application.port.in.user.GetProfileUseCase.GetProfileQuery;
import dev.keysmith.application.port.in.user.GetProfileUseCase.MembershipView;
import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.shared.DomainException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The way in and out of the console: the root redirect, sign-in, sign-out, and the landing page per person. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SessionPages {

    static final String HOME = "/console";
    static final String SIGN_IN = "/console/sign-in";

    private final LoginUseCase login;
    private final GetProfileUseCase profiles;
    private final ConsoleSession session;
    private final CsrfGuard csrf;
    private final ConsoleView pages;

    SessionPages(
            LoginUseCase login, GetProfileUseCase profiles, ConsoleSession session, CsrfGuard csrf, ConsoleView pages) {
        this.login = login;
        this.profiles = profiles;
        this.session = session;
        this.csrf = csrf;
        this.pages = pages;
    }

    @GET
    public Response root() {
        return ConsoleView.seeOther(HOME);
    }

    /**
     * Admins land on the keys of their first account they administer, MEMBERs on their account's page, operators on
     * the request queue.
     */
    @GET
    @Path("console")
    public Response home() {
        Caller caller = session.caller();
        List<MembershipView> memberships =
                profiles.profile(new GetProfileQuery(caller)).memberships();
        if (!memberships.isEmpty()) {
            MembershipView first = memberships.stream()
                    .min(Comparator.comparing((MembershipView m) -> !m.role().includes(Role.ADMIN)))
                    .orElseThrow();
            String account = first.account().id().toString();
            return ConsoleView.seeOther(
                    first.role().includes(Role.ADMIN) ? KeyPages.keysPage(account) : AccountHomePage.path(account));
        }
        if (caller.operator()) {
            return ConsoleView.seeOther(AccessRequestPages.PAGE);
        }
        return pages.ok(pages.page("nothing"));
    }

    /** The account switcher's form: a GET, so it works without script and changes nothing. */
    @GET
    @Path("console/switch")
    public Response switchAccount(@QueryParam("account") String account) {
        AccountId id = AccountId.parse(account);
        boolean admin = pages.roleIn(session.caller(), id)
                .map(role -> role.includes(Role.ADMIN))
                .orElse(false);
        return ConsoleView.seeOther(admin ? KeyPages.keysPage(id.toString()) : AccountHomePage.path(id.toString()));
    }

    @GET
    @Path("console/sign-in")
    public Response signInForm() {
        if (session.signedIn()) {
            return ConsoleView.seeOther(HOME);
        }
        return pages.ok(pages.page("sign-in").data("emailValue", "").data("error", null));
    }

    @POST
    @Path("console/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(
            @FormParam("email") String email,
            @FormParam("password") String password,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        try {
            AccessToken accessToken = login.login(new LoginCommand(
                    email == null ? "" : email.strip(), password == null ? "" : password, session.clientIp()));
            return Response.seeOther(java.net.URI.create(HOME))
                    .cookie(session.open(accessToken))
                    .build();
        } catch (DomainException refused) {
            return pages.html(
                    ConsoleView.statusOf(refused),
                    pages.page("sign-in")
                            .data("emailValue", email == null ? "" : email)
                            .data("error", Messages.of(refused)));
        }
    }

    @POST
    @Path("console/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        return Response.seeOther(java.net.URI.create(SIGN_IN))
                .cookie(session.close())
                .build();
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        return pages.problem(e);
    }
}
