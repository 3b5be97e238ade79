package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.user.GetProfileUseCase;
import dev.keysmith.application.port.in.user.GetProfileUseCase.GetProfileQuery;
import dev.keysmith.application.port.in.user.SetPinUseCase;
import dev.keysmith.application.port.in.user.SetPinUseCase.SetPinCommand;
import dev.keysmith.application.port.in.user.WrongPasswordException;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.ThrottledException;
import dev.keysmith.domain.user.User;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Setting or resetting one's own PIN with the password; a reset also lifts a lock. The PIN is never shown back. */
@Path(PinPages.PAGE)
@Produces(MediaType.TEXT_HTML)
public class PinPages {

    static final String PAGE = "/console/pin";

    private static final Map<String, String> FIELDS = Map.of("pin", "pin", "newPin", "pin", "password", "password");

    private final SetPinUseCase setPin;
    private final GetProfileUseCase profiles;
    private final ConsoleSession session;
    private final CsrfGuard csrf;
    private final ConsoleView pages;

    PinPages(
            SetPinUseCase setPin,
            GetProfileUseCase profiles,
            ConsoleSession session,
            CsrfGuard csrf,
            ConsoleView pages) {
        this.setPin = setPin;
        this.profiles = profiles;
        this.session = session;
        this.csrf = csrf;
        this.pages = pages;
    }

    @GET
    public Response form(@QueryParam("flash") String flash) {
        return pages.ok(pinPage(FormError.NONE).data("flash", "set".equals(flash) ? "Your PIN is set." : null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(
            @FormParam("password") String password,
            @FormParam("pin") String pin,
            @FormParam(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        Caller caller = session.caller();
        try {
            setPin.setPin(new SetPinCommand(caller, password == null ? "" : password, pin == null ? "" : pin));
        } catch (WrongPasswordException | ThrottledException passwordRefused) {
            return pages.html(
                    ConsoleView.statusOf(passwordRefused),
                    pinPage(FormError.at("password", passwordRefused)).data("flash", null));
        } catch (DomainException refused) {
            return pages.html(
                    ConsoleView.statusOf(refused),
                    pinPage(FormError.of(refused, FIELDS)).data("flash", null));
        }
        return ConsoleView.seeOther(PAGE + "?flash=set");
    }

    private TemplateInstance pinPage(FormError error) {
        User user = profiles.profile(new GetProfileQuery(session.caller())).user();
        String state;
        if (!user.hasPin()) {
            state = "You have no PIN yet. Choose one: it confirms every change to your keys.";
        } else if (user.pinGuard().disabled()) {
            state = "Your PIN is disabled after too many wrong attempts. Choose a new one to use it again.";
        } else if (user.pinGuard().lockedUntil() != null) {
            state = "Your PIN was locked after wrong attempts. Choosing a new one here lifts the lock.";
        } else {
            state = "You have a PIN. Choose a new one here if you forgot it or want to change it.";
        }
        return pages.page("pin")
                .data("state", state)
                .data("hasPin", user.hasPin())
                .data("error", error);
    }

    @ServerExceptionMapper
    public Response refused(DomainException e) {
        return pages.problem(e);
    }
}
