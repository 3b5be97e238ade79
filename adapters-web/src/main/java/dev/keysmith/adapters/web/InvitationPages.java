package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.account.AcceptInvitationUseCase;
import dev.keysmith.application.port.in.account.AcceptInvitationUseCase.AcceptInvitationCommand;
import dev.keysmith.application.port.in.auth.LoginUseCase;
import dev.keysmith.application.port.in.auth.LoginUseCase.LoginCommand;
import dev.keysmith.application.port.in.user.GetProfileUseCase;
import dev.keysmith.application.port.in.user.GetProfileUseCase.GetProfileQuery;
import dev.keysmith.application.port.in.user.WrongPasswordException;
import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;
import dev.keysmith.domain.account.Membership;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.ThrottledException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Accepting an invitation from its emailed link, signed in or not: display name, password and PIN, then the new
 * member is signed in. The token is in the address, so the page tells the browser never to pass it on as a referrer.
 */
@Path("/console/invitations/{token}")
@Produces(MediaType.TEXT_HTML)
public class InvitationPages {

    private static final Map<String, String> FIELDS =
            Map.of("displayName", "displayName", "password", "password", "pin", "pin", "newPin", "pin");

    private final AcceptInvitationUseCase acceptInvitation;
    private final LoginUseCase login;
    private final GetProfileUseCase profiles;
    private final ConsoleSession session;
    private final CsrfGuard csrf;
    private final ConsoleView pages;

    InvitationPages(
            AcceptInvitationUseCase acceptInvitation,
            LoginUseCase login,
            GetProfileUseCase profiles,
            ConsoleSession session,
            CsrfGuard csrf,
            ConsoleView pages) {
        this.acceptInvitation = acceptInvitation;
        this.login = login;
        this.profiles = profiles;
        this.session = session;
        this.csrf = csrf;
        this.pages = pages;
    }

    @GET
    public Response form(@PathParam("token") String token) {
        return invitationPage(200, token, "", FormError.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(
            @PathParam("token") String token,
            @FormParam("displayName") String displayName,
            @FormParam("password") String password,
            @FormParam("pin") String pin,
            @FormParam(CsrfGuard.FIELD) String csrfToken) {
        csrf.check(csrfToken);
        String name = displayName == null ? "" : displayName.strip();
        String secret = password == null ? "" : password;
        Membership membership;
        try {
            membership = acceptInvitation.accept(
                    new AcceptInvitationCommand(token, name, secret, pin == null ? "" : pin, session.clientIp()));
        } catch (WrongPasswordException | ThrottledException passwordRefused) {
            return invitationPage(
                    ConsoleView.statusOf(passwordRefused),
                    token,
                    name,
                    FormError.at(
                            "password",
                            passwordRefused instanceof WrongPasswordException
                                    ? "You already have a Keysmith sign-in with this email: enter its password."
                                    : Messages.of(passwordRefused)));
        } catch (DomainException refused) {
            return invitationPage(ConsoleView.statusOf(refused), token, name, FormError.of(refused, FIELDS));
        }
        return signIn(membership, secret);
    }

    /** The invitee has just proved the password; signing in with it issues their session as the sign-in page does. */
    private Response signIn(Membership membership, String password) {
        try {
            // Their email, for sign-in: the invitation named it, but only its digest is kept.
            Caller invitee = Caller.user(membership.userId(), false, session.clientIp());
            String email = profiles.profile(new GetProfileQuery(invitee))
                    .user()
                    .email()
                    .value();
            AccessToken token = login.login(new LoginCommand(email, password, session.clientIp()));
            return Response.seeOther(URI.create(SessionPages.HOME))
                    .cookie(session.open(token))
                    .build();
        } catch (DomainException cannotSignInNow) {
            return ConsoleView.seeOther(SessionPages.SIGN_IN);
        }
    }

    private Response invitationPage(int status, String token, String displayName, FormError error) {
        Response page = pages.html(
                status,
                pages.page("invitation")
                        .data("token", token)
                        .data("displayName", displayName)
                        .data("error", error));
        return Response.fromResponse(page)
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        return pages.problem(e);
    }
}
