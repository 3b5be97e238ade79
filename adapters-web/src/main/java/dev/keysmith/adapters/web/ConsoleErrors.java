package dev.keysmith.adapters.web;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The console's own refusals: no session sends the browser to sign in; a form without its token is refused. */
public class ConsoleErrors {

    private final ConsoleView pages;

    ConsoleErrors(ConsoleView pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response signInRequired(SignInRequiredException e) {
        return ConsoleView.seeOther(SessionPages.SIGN_IN);
    }

    @ServerExceptionMapper
    public Response csrfRefused(CsrfRefusedException e) {
        return pages.notAllowed("This form has expired or did not come from this console. Go back, reload the page "
                + "and try again.");
    }
}
