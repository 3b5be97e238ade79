package dev.keysmith.adapters.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Hands a freshly minted CSRF token to the browser with the page whose forms carry it. */
@ApplicationScoped
public class CsrfCookieFilter {

    private final CsrfGuard csrf;
    private final ConsoleSession session;

    CsrfCookieFilter(CsrfGuard csrf, ConsoleSession session) {
        this.csrf = csrf;
        this.session = session;
    }

    @ServerResponseFilter
    public void setMintedToken(ContainerRequestContext request, ContainerResponseContext response) {
        // Only console pages mint tokens; the API's answers are left alone.
        if (request.getUriInfo().getPath().startsWith(ConsoleSession.PATH) && csrf.minted()) {
            NewCookie cookie = session.cookie(CsrfGuard.COOKIE, csrf.token(), -1);
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
        }
    }
}
