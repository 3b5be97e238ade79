package dev.keysmith.bootstrap.web;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.Config;

/**
 * The HTTP edge in front of the REST resources: security headers on every response, and problem documents for
 * requests refused before a resource is chosen (no Host header, a body announced too large, a request target that
 * java.net.URI cannot parse, like a broken escape {@code %ZZ}). Quarkus's own check of the target answers a bare
 * 400 before any hook runs, so {@link dev.keysmith.bootstrap.KeysmithMain} switches it off
 * ({@value #QUARKUS_URI_CHECK}) and the same check runs here first.
 */
@ApplicationScoped
public class HttpEdge {

    /** JSON needs nothing from a browser: no scripts, no framing. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * Swagger UI's page loads its own scripts and styles and the OpenAPI document, and runs two inline scripts whose
     * text Quarkus generates per build and profile (so no fixed hash fits); nothing from elsewhere, no eval, no
     * plugins, no framing, no forms.
     */
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final String SWAGGER_UI_PATH = "/q/swagger-ui";

    /** The system property that turns off Quarkus's bare-400 check of the request target. */
    public static final String QUARKUS_URI_CHECK = "vertx.disableURIValidation";

    /** The web console: its own styles and one script file, forms only to itself, no framing. */
    static final String CONSOLE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    static final String CONSOLE_PATH = "/console";
    static final String CONSOLE_STATIC_PATH = "/console/static/";
    static final String REVEAL_PATH = "/reveal/";

    // Before Quarkus's own size check (order -2), which answers 413 with an empty body.
    private static final int BODY_SIZE_ORDER = -3;

    /**
     * Quarkus REST's filter of this priority (199, right after authentication at 200) builds a whole request mapper
     * of every resource, per request, to give metrics a path template should authentication fail; the hook for the
     * verify path takes its place just before it (the router keeps equal orders in the order they were added, and
     * these hooks are added before Quarkus' filters).
     */
    static final int REST_AUTH_FAILURE_ORDER = -199;

    static final String VERIFY_PATH = "/v1/keys/verify";

    /** Header names and values written on every response, encoded once instead of per response. */
    private static final CharSequence NOSNIFF_NAME = HttpHeaders.createOptimized("X-Content-Type-Options");

    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence REFERRER_NAME = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
    private static final CharSequence FRAME_NAME = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    private static final CharSequence POLICY_NAME = HttpHeaders.createOptimized("Content-Security-Policy");
    private static final CharSequence API_POLICY_VALUE = HttpHeaders.createOptimized(API_POLICY);
    private static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");

    /**
     * What Quarkus REST puts in place of the default authentication-failure handler (its own class is not public):
     * the failure goes on to the REST layer's exception mappers, so a refused token is the same problem document.
     */
    private static final BiConsumer<RoutingContext, Throwable> FAIL_INTO_REST = (context, failure) -> {
        HttpSecurityRecorder.DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(context, failure);
        if (!context.failed()) {
            context.fail(HttpSecurityRecorder.DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };

    private final long maxBodySize;

    HttpEdge(Config config) {
        this.maxBodySize = config.getValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::secureHeaders);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failedInTheRouter);
        router.route().order(Integer.MIN_VALUE).handler(this::refuseUnreadableTarget);
        router.route().order(BODY_SIZE_ORDER).handler(this::refuseAnnouncedOversizedBody);
        router.route(HttpMethod.POST, VERIFY_PATH)
                .order(REST_AUTH_FAILURE_ORDER)
                .handler(HttpEdge::noPathTemplate);
    }

    /**
     * The verify path has no template (it is one fixed path) and is left out of the HTTP metrics, so the per-request
     * request mapper Quarkus REST would build for it is pure cost: its failure handler is put in place here instead.
     */
    private static void noPathTemplate(RoutingContext context) {
        if (context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER)
                instanceof HttpSecurityRecorder.DefaultAuthFailureHandler) {
            context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, FAIL_INTO_REST);
        }
        context.next();
    }

    private void secureHeaders(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> applyHeaders(context));
        context.next();
    }

    static void applyHeaders(RoutingContext context) {
        MultiMap headers = context.response().headers();
        String path = context.request().path();
        headers.set(NOSNIFF_NAME, NOSNIFF);
        headers.set(REFERRER_NAME, NO_REFERRER);
        headers.set(FRAME_NAME, DENY);
        String policy = policyFor(path);
        headers.set(POLICY_NAME, policy == API_POLICY ? API_POLICY_VALUE : policy);
        if (path == null || path.startsWith("/v1/") || (isConsole(path) && !path.startsWith(CONSOLE_STATIC_PATH))) {
            // Tokens, secrets and invitations travel in these answers; nothing of the API is worth caching.
            headers.set(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }

    private void refuseUnreadableTarget(RoutingContext context) {
        String target = context.request().uri();
        try {
            if (!plainPath(target)) {
                new URI(target);
            }
        } catch (URISyntaxException e) {
            problem(context, 400, "Bad request", "the request target is not a valid URI", "MALFORMED_REQUEST");
            return;
        }
        context.next();
    }

    /**
     * A path of letters, digits and {@code /._-} only, as the API's are: a valid URI without parsing it ({@code //}
     * at the start would be an authority, left to the parser).
     */
    static boolean plainPath(String target) {
        if (target == null || target.isEmpty() || target.charAt(0) != '/' || target.startsWith("//")) {
            return false;
        }
        for (int i = 1; i < target.length(); i++) {
            char c = target.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '/'
                    || c == '.'
                    || c == '_'
                    || c == '-';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    private static String policyFor(String path) {
        if (path != null && path.startsWith(SWAGGER_UI_PATH)) {
            return SWAGGER_UI_POLICY;
        }
        return isConsole(path) ? CONSOLE_POLICY : API_POLICY;
    }

    private static boolean isConsole(String path) {
        // The integrator's reveal page is a console page too: its styles, its form, never cached.
        return path != null
                && (path.equals(CONSOLE_PATH) || path.startsWith(CONSOLE_PATH + "/") || path.startsWith(REVEAL_PATH));
    }

    private void refuseAnnouncedOversizedBody(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && announcedLength(length) > maxBodySize) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            problem(
                    context,
                    413,
                    "Payload too large",
                    "the request body is larger than " + maxBodySize + " bytes",
                    "BODY_TOO_LARGE");
            return;
        }
        context.next();
    }

    private static long announcedLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // the HTTP codec refuses a malformed length itself
        }
    }

    /** Client errors the router raised before any resource was chosen; anything else goes on. */
    private void failedInTheRouter(RoutingContext context) {
        int status = context.statusCode();
        if (status < 400 || status > 499 || context.response().headWritten()) {
            context.next();
            return;
        }
        if (status == 400) {
            problem(context, 400, "Bad request", "the request line could not be read", "MALFORMED_REQUEST");
            return;
        }
        String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
        problem(
                context,
                status,
                reason,
                reason.toLowerCase(Locale.ROOT),
                reason.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_"));
    }

    private static void problem(RoutingContext context, int status, String title, String detail, String code) {
        String body = new JsonObject()
                .put("type", "about:blank")
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("code", code)
                .encode();
        applyHeaders(context);
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(body);
    }
}
