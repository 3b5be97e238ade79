package dev.keysmith.adapters.rest.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.keysmith.adapters.rest.security.CallerFactory;
import dev.keysmith.adapters.rest.security.VerifiedTokenCache;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase.Verification;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase.VerifyCommand;
import dev.keysmith.domain.product.ProductCode;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The ordinary verification answered on the event loop straight from the router, without Quarkus REST's dispatch,
 * Quarkus security's identity and the request context around {@link VerifyResource}: a verifier token already
 * verified ({@link VerifiedTokenCache}), a small JSON body within the limits, and an answer the snapshot holds.
 * Everything else falls through unchanged to {@link VerifyResource}, which decides it as before: a new or unknown
 * token, any other content type or {@code Accept}, a body Jackson or the limits refuse, a product the client does
 * not cover, a disabled client, a verification that needs the database. The answer is the resource's, byte for
 * byte: the same writer, status and content type; the HTTP edge's headers, the request id and the access line come
 * from the router's hooks before this one, and the verification metrics from the use case itself.
 */
@ApplicationScoped
public class VerifyRoute {

    static final String PATH = "/v1/keys/verify";

    /**
     * After the HTTP edge's hooks (security headers, request id, trace span, at the lowest orders), before Quarkus
     * security's authentication handler (the filter of priority 200, order -200). That handler does not authenticate
     * here (authentication is not proactive): it sets up the deferred identity, a memoized {@code Uni} with context
     * propagation, which cost about 5 % of an answered verification's CPU for an identity this route never asks for;
     * the route checks the token itself ({@link VerifiedTokenCache}). Whatever falls through meets that handler, the
     * refusal of a body announced too large (-3) and Quarkus' own size check (-2) as before; a body the route takes
     * is announced and at most {@link #MOST_BYTES}, below both limits.
     */
    static final int ORDER = -201;

    /** No ordinary body is longer (every field at its limit is about 2.5 KB); a longer one falls through unread. */
    static final int MOST_BYTES = 8192;

    private static final String BEARER = "Bearer ";
    private static final String JSON_TYPE = "application/json";

    private static final CharSequence CONTENT_TYPE = HttpHeaders.createOptimized("Content-Type");

    /** The content type Quarkus REST writes for the resource's answer. */
    private static final CharSequence JSON_ANSWER = HttpHeaders.createOptimized("application/json;charset=UTF-8");

    private final VerifyApiKeyUseCase verify;
    private final VerifiedTokenCache tokens;
    private final CallerFactory callers;
    private final ObjectReader requests;
    private final LongAdder answered = new LongAdder();
    private final ThreadLocal<LastToken> lastToken = new ThreadLocal<>();

    VerifyRoute(VerifyApiKeyUseCase verify, VerifiedTokenCache tokens, CallerFactory callers, ObjectMapper json) {
        this.verify = verify;
        this.tokens = tokens;
        this.callers = callers;
        // The application's mapper, as Quarkus REST reads the body with it: unknown members, duplicates, trailing
        // tokens and coercions are refused alike (StrictJson).
        this.requests = json.readerFor(VerifyRequest.class);
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, PATH).order(ORDER).handler(this::verify);
    }

    /** How many verifications this route answered itself, for tests. */
    long answered() {
        return answered.sum();
    }

    private void verify(RoutingContext context) {
        HttpServerRequest request = context.request();
        int length = ordinaryLength(request);
        Caller caller = length > 0 ? verifier(request) : null;
        if (caller == null) {
            context.next();
            return;
        }
        request.bodyHandler(body -> answer(context, caller, body));
        // The request arrives paused; a handler before this one may have taken over its flow, so it is resumed here.
        request.resume();
    }

    /**
     * Answers from memory, or hands the body that was read to the resource: Quarkus REST takes a body already read
     * from the routing context (its request context pauses the ended request, so the body is fed from {@code
     * RoutingContext.body()} instead of the connection).
     */
    private void answer(RoutingContext context, Caller caller, Buffer body) {
        Optional<Verification> verification = fromMemory(caller, body);
        if (verification.isEmpty()) {
            context.setBody(body);
            context.next();
            return;
        }
        answered.increment();
        byte[] answer = VerifyResponseWriter.json(VerifyResponse.from(verification.get()));
        // The resource's headers in its order and spelling: the length first, then the content type.
        context.response()
                .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(answer.length))
                .putHeader(CONTENT_TYPE, JSON_ANSWER)
                .end(Buffer.buffer(answer));
    }

    private Optional<Verification> fromMemory(Caller caller, Buffer body) {
        VerifyRequest asked;
        try {
            asked = requests.readValue(body.getBytes());
        } catch (IOException | RuntimeException refused) {
            return Optional.empty(); // the resource reads it again and answers the problem document
        }
        if (asked == null || !asked.withinLimits() || !covers(caller, asked.product())) {
            // A product the client does not cover is refused by the use case, which counts the refusal: asked here
            // first, it would be counted twice.
            return Optional.empty();
        }
        VerifyCommand command = new VerifyCommand(
                caller, asked.key(), asked.product(), asked.clientIp(), asked.scopes(), asked.accountId());
        try {
            return verify.verifyFromMemory(command);
        } catch (RuntimeException refused) {
            // A disabled client, a malformed value: nothing was recorded, and the resource maps the same error.
            return Optional.empty();
        }
    }

    private static boolean covers(Caller caller, String product) {
        for (ProductCode covered : caller.verifierProducts()) {
            if (covered.value().equals(product)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The announced length of an ordinary request's body, -1 for anything else: HTTP/1.1 without a query, an
     * expected 100-continue, an upgrade or a chunked body, JSON in and out as the resource takes and gives it.
     */
    static int ordinaryLength(HttpServerRequest request) {
        MultiMap headers = request.headers();
        if (request.version() != HttpVersion.HTTP_1_1
                || !PATH.equals(request.path())
                || request.query() != null
                || headers.contains(HttpHeaders.EXPECT)
                || headers.contains(HttpHeaders.UPGRADE)
                || headers.contains(HttpHeaders.TRANSFER_ENCODING)
                || !json(headers.get(HttpHeaders.CONTENT_TYPE))
                || !acceptsJson(headers.get(HttpHeaders.ACCEPT))) {
            return -1;
        }
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        if (length == null || length.isEmpty() || length.length() > 4) {
            return -1;
        }
        int bytes = 0;
        for (int i = 0; i < length.length(); i++) {
            char c = length.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            bytes = bytes * 10 + (c - '0');
        }
        return bytes <= MOST_BYTES ? bytes : -1;
    }

    /** {@code application/json}, alone or with the charset UTF-8. */
    static boolean json(String contentType) {
        if (contentType == null || !contentType.startsWith(JSON_TYPE)) {
            return false;
        }
        if (contentType.length() == JSON_TYPE.length()) {
            return true;
        }
        if (contentType.charAt(JSON_TYPE.length()) != ';') {
            return false;
        }
        String parameter = contentType.substring(JSON_TYPE.length() + 1).strip();
        return parameter.equalsIgnoreCase("charset=utf-8") || parameter.equalsIgnoreCase("charset=\"utf-8\"");
    }

    /** No {@code Accept}, anything, or JSON: the resource answers JSON to each alike. */
    static boolean acceptsJson(String accept) {
        return accept == null || accept.equals("*/*") || accept.equals(JSON_TYPE);
    }

    /** The verifier client of an already verified bearer token, null for anything Quarkus security must decide. */
    private Caller verifier(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return null;
        }
        JsonWebToken jwt = verifiedToken(authorization);
        if (jwt == null) {
            return null;
        }
        SocketAddress remote = request.remoteAddress();
        return callers.verifierOf(jwt, remote == null ? null : remote.hostAddress())
                .orElse(null);
    }

    /**
     * The token of a {@code Bearer} header already verified ({@link VerifiedTokenCache#verifiedBefore}), while it has
     * not expired. A product backend sends the same header again and again, so each event loop remembers the last
     * one it found and its token: the next request with that exact header costs one comparison, not a copy of the
     * token and a look-up that hashes its ~800 characters (about 5 % of an answered verification's CPU).
     */
    private JsonWebToken verifiedToken(String authorization) {
        LastToken last = lastToken.get();
        if (last != null
                && authorization.equals(last.authorization())
                && last.token().live()) {
            return last.token().jwt();
        }
        VerifiedTokenCache.Verified token = tokens.verifiedBefore(authorization.substring(BEARER.length()));
        if (token == null) {
            return null;
        }
        lastToken.set(new LastToken(authorization, token));
        return token.jwt();
    }

    /** A {@code Bearer} header and the token it was verified as. */
    private record LastToken(String authorization, VerifiedTokenCache.Verified token) {}
}
