package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;
import dev.keysmith.application.port.out.TokenGenerationPort;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.user.UserId;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.core.NewCookie;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The signed-in person of one console request, read from the session cookie: the same signed access token the API
 * takes as a bearer token, checked the same way (signature, issuer, lifetime, a person's audience and the person's
 * current token generation, so a password change ends console sessions too).
 */
@RequestScoped
public class ConsoleSession {

    static final String COOKIE = "keysmith_session";
    static final String PATH = "/console";

    // The claims and groups the token issuer writes; repeated here because adapters do not share classes.
    private static final String USERS_AUDIENCE = "keysmith-api";
    private static final String GENERATION_CLAIM = "gen";
    private static final String USER_GROUP = "user";
    private static final String OPERATOR_GROUP = "operator";

    private final JWTParser parser;
    private final TokenGenerationPort generations;
    private final HttpServerRequest request;
    private JsonWebToken token;

    ConsoleSession(JWTParser parser, TokenGenerationPort generations, HttpServerRequest request) {
        this.parser = parser;
        this.generations = generations;
        this.request = request;
    }

    /** The person behind the cookie, or {@link SignInRequiredException} when there is none or it ended. */
    public Caller caller() {
        JsonWebToken jwt = token();
        return Caller.user(UserId.parse(jwt.getSubject()), jwt.getGroups().contains(OPERATOR_GROUP), clientIp());
    }

    /** The signed-in person's email, for the header. */
    public String email() {
        return token().getName();
    }

    public boolean signedIn() {
        try {
            token();
            return true;
        } catch (SignInRequiredException e) {
            return false;
        }
    }

    private JsonWebToken token() {
        if (token != null) {
            return token;
        }
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            throw new SignInRequiredException();
        }
        JsonWebToken jwt;
        try {
            jwt = parser.parse(cookie.getValue());
        } catch (ParseException expiredOrForged) {
            throw new SignInRequiredException();
        }
        Set<String> audience = jwt.getAudience() == null ? Set.of() : jwt.getAudience();
        if (!audience.contains(USERS_AUDIENCE) || !jwt.getGroups().contains(USER_GROUP)) {
            throw new SignInRequiredException();
        }
        UserId user;
        try {
            user = UserId.parse(jwt.getSubject());
        } catch (InvalidValueException | NullPointerException notAPerson) {
            throw new SignInRequiredException();
        }
        if (generationOf(jwt) < generations.currentGeneration(user)) {
            throw new SignInRequiredException();
        }
        token = jwt;
        return jwt;
    }

    private static long generationOf(JsonWebToken jwt) {
        Object claim = jwt.getClaim(GENERATION_CLAIM);
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        return claim instanceof Number number ? number.longValue() : 0;
    }

    /** The connection's peer, as the API sees it. */
    public String clientIp() {
        SocketAddress remote = request.remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }

    /** The cookie that carries a fresh access token for as long as the token lives. */
    NewCookie open(AccessToken accessToken) {
        return cookie(COOKIE, accessToken.token(), (int) accessToken.expiresInSeconds());
    }

    /** The cookie that ends the session in the browser. */
    NewCookie close() {
        return cookie(COOKIE, "", 0);
    }

    /** HttpOnly, SameSite=Strict, only under /console, Secure whenever the request came over https. */
    NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name)
                .value(value)
                .path(PATH)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure("https".equalsIgnoreCase(request.scheme()))
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
