package dev.keysmith.adapters.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Double-submit CSRF protection: a random token in a SameSite=Strict, HttpOnly cookie and the same token in a
 * hidden field of every form; a POST is accepted only when both are there and equal (compared in constant time).
 * A page that renders a form without the cookie mints a token, which {@link CsrfCookieFilter} sets.
 */
@RequestScoped
public class CsrfGuard {

    static final String COOKIE = "keysmith_csrf";
    static final String FIELD = "csrf";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServerRequest request;
    private String token;
    private boolean minted;

    CsrfGuard(HttpServerRequest request) {
        this.request = request;
    }

    /** The token for this browser's forms, minted now if it has none. */
    public String token() {
        if (token == null) {
            Cookie cookie = request.getCookie(COOKIE);
            if (cookie != null && !cookie.getValue().isBlank()) {
                token = cookie.getValue();
            } else {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                minted = true;
            }
        }
        return token;
    }

    /** Refuses the form unless its field matches this browser's cookie. */
    public void check(String field) {
        Cookie cookie = request.getCookie(COOKIE);
        if (field == null || cookie == null || cookie.getValue().isBlank()) {
            throw new CsrfRefusedException();
        }
        if (!MessageDigest.isEqual(
                field.getBytes(StandardCharsets.UTF_8), cookie.getValue().getBytes(StandardCharsets.UTF_8))) {
            throw new CsrfRefusedException();
        }
    }

    /** Whether this request minted a token the browser does not have yet. */
    boolean minted() {
        return minted;
    }
}
