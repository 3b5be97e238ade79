package dev.keysmith.bootstrap.web;

import dev.keysmith.bootstrap.config.KeysmithConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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

    /** The logger of the access lines. */
    static final String CATEGORY = "dev.keysmith.access";

    private static final Logger ACCESS = Logger.getLogger(CATEGORY);
    private static final CharSequence HEADER_NAME = HttpHeaders.createOptimized(HEADER);
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
        context.response().putHeader(HEADER_NAME, id);
        MDC.put(MDC_KEY, id);
        if (accessLog && ACCESS.isInfoEnabled()) {
            long started = System.nanoTime();
            context.addEndHandler(ended -> ACCESS.info(line(
                    request.method().name(),
                    request.path(),
                    context.response().getStatusCode(),
                    System.nanoTime() - started,
                    address(request.remoteAddress()),
                    id)));
        }
        context.next();
    }

    /**
     * The access line, {@code METHOD path status 1.2ms address id}, put together by hand: it is written for every
     * request, and a format string cost more than the rest of a verification's own work.
     */
    static String line(String method, String path, int status, long nanos, String address, String id) {
        long tenths = (nanos + 50_000) / 100_000; // milliseconds to one decimal, rounded half up
        StringBuilder line = new StringBuilder(96).append(method).append(' ');
        masked(line, path);
        return line.append(' ')
                .append(status)
                .append(' ')
                .append(tenths / 10)
                .append('.')
                .append(tenths % 10)
                .append("ms ")
                .append(address)
                .append(' ')
                .append(id)
                .toString();
    }

    /**
     * The caller's id when it is a plain token ({@code [A-Za-z0-9._:-]}, at most 128 characters), else a new random
     * UUID. A request id is a label, not a secret, so it is drawn from the thread's own generator rather than the
     * shared {@code SecureRandom} behind {@link UUID#randomUUID()}, whose lock every event loop would wait on.
     */
    static String requestId(String given) {
        if (given != null && accepted(given)) {
            return given;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(
                        (random.nextLong() & ~0xF000L) | 0x4000L, // version 4
                        (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L) // IETF variant
                .toString();
    }

    private static boolean accepted(String given) {
        if (given.isEmpty() || given.length() > 128) {
            return false;
        }
        for (int i = 0; i < given.length(); i++) {
            char c = given.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** The path for the log line: link tokens masked, anything but visible ASCII escaped so it cannot forge lines. */
    static String masked(String path) {
        return masked(new StringBuilder(), path).toString();
    }

    private static StringBuilder masked(StringBuilder visible, String path) {
        if (path == null) {
            return visible.append('-');
        }
        if (visibleAscii(path) && !mayCarryLinkToken(path)) {
            return visible.append(path); // the common case, without a regular expression
        }
        LINK_TOKEN.matcher(path).replaceAll("$1{token}").codePoints().forEach(c -> {
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                visible.appendCodePoint(c);
            } else {
                visible.append(String.format("\\u%04X", c));
            }
        });
        return visible;
    }

    private static boolean visibleAscii(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c >= 0x7F || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean mayCarryLinkToken(String path) {
        return path.contains("/reveal/")
                || path.contains("/deliveries/")
                || path.contains("/invitations/")
                || path.contains("/operator-invitations/");
    }

    private static String address(SocketAddress remote) {
        return remote == null ? "-" : remote.hostAddress();
    }
}
