package dev.keysmith.bootstrap.web;

import dev.keysmith.bootstrap.config.KeysmithConfig;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Every request gets a request id: the caller's {@code X-Request-Id} when it is a plain token, else a new one. It
 * is echoed in the response, put in the logging context ({@code requestId}) of everything logged for the request,
 * and ends the access-log line written when the response is sent. One-time link tokens in paths (invitations,
 * deliveries) are masked in that line; the query string is left out.
 */
@ApplicationScoped
public class RequestTrail {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Logger ACCESS = Logger.getLogger("dev.keysmith.access");
    private static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern LINK_TOKEN =
            Pattern.compile("(/(?:reveal|deliveries|invitations|operator-invitations)/)[^/]+");

    private final boolean accessLog;

    RequestTrail(KeysmithConfig config) {
        this.accessLog = config.http().accessLog();
    }

    void install(@Observes Router router) {
        // Right after HttpEdge's header hook, before anything may refuse the request, so refusals carry an id too.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::trace);
    }

    private void trace(RoutingContext context) {
        HttpServerRequest request = context.request();
        String id = requestId(request.getHeader(HEADER));
        long started = System.nanoTime();
        context.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        if (accessLog) {
            context.addEndHandler(ended -> ACCESS.infof(
                    "%s %s %d %.1fms %s %s",
                    request.method().name(),
                    masked(request.path()),
                    context.response().getStatusCode(),
                    (System.nanoTime() - started) / 1_000_000.0,
                    address(request.remoteAddress()),
                    id));
        }
        context.next();
    }

    static String requestId(String given) {
        return given != null && ACCEPTED_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }

    /** The path for the log line: link tokens masked, anything but visible ASCII escaped so it cannot forge lines. */
    static String masked(String path) {
        if (path == null) {
            return "-";
        }
        StringBuilder visible = new StringBuilder();
        LINK_TOKEN.matcher(path).replaceAll("$1{token}").codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                visible.appendCodePoint(c);
            } else {
                visible.append(String.format("\\u%04X", c));
            }
        });
        return visible.toString();
    }

    private static String address(SocketAddress remote) {
        return remote == null ? "-" : remote.hostAddress();
    }
}
