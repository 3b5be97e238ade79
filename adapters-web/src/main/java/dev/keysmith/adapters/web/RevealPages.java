package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.delivery.RevealKeyUseCase;
import dev.keysmith.application.port.in.delivery.RevealKeyUseCase.CheckLinkQuery;
import dev.keysmith.application.port.in.delivery.RevealKeyUseCase.RevealKeyCommand;
import dev.keysmith.application.port.in.delivery.RevealKeyUseCase.RevealedKey;
import dev.keysmith.domain.delivery.WrongDeliveryCodeException;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.GoneException;
import dev.keysmith.domain.shared.NotFoundException;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * The page an integrator's emailed link opens: it asks for the code from the SMS, then shows the key once on a
 * page no cache keeps. A used, expired or unknown link gets a page saying to ask the administrator for a new one.
 * No sign-in; the form is CSRF-protected with a cookie of its own under {@code /reveal}.
 */
@Path("/reveal")
@Produces(MediaType.TEXT_HTML)
public class RevealPages {

    static final String PATH = "/reveal";

    private final RevealKeyUseCase reveal;
    private final CsrfGuard csrf;
    private final ConsoleView pages;
    private final ConsoleSession session;
    private final HttpServerRequest request;

    RevealPages(
            RevealKeyUseCase reveal,
            CsrfGuard csrf,
            ConsoleView pages,
            ConsoleSession session,
            HttpServerRequest request) {
        this.reveal = reveal;
        this.csrf = csrf;
        this.pages = pages;
        this.session = session;
        this.request = request;
    }

    @GET
    @Path("/{token}")
    public Response codeForm(@PathParam("token") String token) {
        try {
            reveal.checkLink(new CheckLinkQuery(token));
        } catch (DomainException refused) {
            return refusal(refused, token);
        }
        return form(200, token, null);
    }

    @POST
    @Path("/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reveal(
            @PathParam("token") String token,
            @FormParam("code") String code,
            @FormParam(CsrfGuard.FIELD) String csrfField) {
        csrf.check(csrfField);
        RevealedKey revealed;
        try {
            revealed = reveal.reveal(new RevealKeyCommand(token, code == null ? "" : code.strip(), session.clientIp()));
        } catch (DomainException refused) {
            return refusal(refused, token);
        }
        return ConsoleView.noStore(pages.ok(pages.page("reveal-shown")
                .data("keyName", revealed.key().name().value())
                .data("product", revealed.key().product().value())
                .data("secret", revealed.secret())));
    }

    private Response refusal(DomainException refused, String token) {
        if (refused instanceof WrongDeliveryCodeException wrong && wrong.attemptsLeft() > 0) {
            return form(403, token, Messages.of(refused));
        }
        if (refused instanceof NotFoundException) {
            return gone(404, "This link is not known");
        }
        if (refused instanceof GoneException || refused instanceof WrongDeliveryCodeException) {
            return gone(410, "This link no longer works");
        }
        return pages.problem(refused);
    }

    private Response form(int status, String token, String error) {
        TemplateInstance page = pages.page("reveal").data("token", token).data("error", error);
        return withCsrfCookie(ConsoleView.noStore(pages.html(status, page)));
    }

    private Response gone(int status, String title) {
        return ConsoleView.noStore(pages.html(status, pages.page("reveal-gone").data("title", title)));
    }

    /** The console's filter sets minted tokens only under /console; this page's cookie lives under /reveal. */
    private Response withCsrfCookie(Response response) {
        if (!csrf.minted()) {
            return response;
        }
        NewCookie cookie = new NewCookie.Builder(CsrfGuard.COOKIE)
                .value(csrf.token())
                .path(PATH)
                .maxAge(-1)
                .httpOnly(true)
                .secure("https".equalsIgnoreCase(request.scheme()))
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
        return Response.fromResponse(response)
                .header(HttpHeaders.SET_COOKIE, cookie)
                .build();
    }
}
