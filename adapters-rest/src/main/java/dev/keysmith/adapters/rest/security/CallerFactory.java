package dev.keysmith.adapters.rest.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.user.UserId;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns the authenticated bearer token and the connection into the {@link Caller} the use cases expect.
 * The client IP is the connection's peer; Quarkus replaces it with the forwarded address only when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on, so a client cannot forge it with a header.
 */
@ApplicationScoped
public class CallerFactory {

    /**
     * The custom claims of each verified token, read once: smallrye-jwt looks every claim name up among the standard
     * ones first and throws and catches an exception, stack trace and all, for any other, so reading the products
     * and the generation cost two exceptions per request. Keyed by the token object itself ({@link
     * VerifiedTokenCache} hands out the same one for the same token) and forgotten with it.
     */
    private final Cache<JsonWebToken, TokenClaims> claims =
            Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

    private final SecurityIdentity identity;
    private final HttpServerRequest request;

    CallerFactory(SecurityIdentity identity, HttpServerRequest request) {
        this.identity = identity;
        this.request = request;
    }

    /** The signed-in person or product backend making this request. */
    public Caller current() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            throw new UnauthorizedException();
        }
        TokenClaims read = claims.get(jwt, TokenClaims::of);
        return callerOf(jwt.getSubject(), identity.getRoles(), read.products(), clientIp(), read.generation());
    }

    /**
     * The verifier client a token already verified by {@link VerifiedTokenCache} speaks for, as {@link #current()}
     * would give it once Quarkus security built the identity (its roles are the token's groups) and {@link
     * BearerTokenCheck} let it through; empty for a person's token or one they would refuse, which is theirs to
     * answer. For a caller that answers a request before Quarkus security sees it.
     */
    public Optional<Caller> verifierOf(JsonWebToken jwt, String clientIp) {
        TokenClaims read = claims.get(jwt, TokenClaims::of);
        return read.verifier() == null
                ? Optional.empty()
                : Optional.of(Caller.verifier(read.verifier(), read.products(), clientIp, read.generation()));
    }

    /**
     * A token's products and generation, as {@link #callerOf} reads them, and the verifier client it speaks for as
     * {@link #verifierOf} decides it (null for a person's token or one Quarkus security or {@link BearerTokenCheck}
     * would refuse): its subject, groups and audience are read once, not on every verification.
     */
    private record TokenClaims(Set<ProductCode> products, long generation, String verifier) {

        static TokenClaims of(JsonWebToken jwt) {
            return new TokenClaims(
                    Set.copyOf(productsOf(jwt.getClaim(JwtAccessTokenIssuer.PRODUCTS_CLAIM))),
                    BearerTokenCheck.generationOf(jwt),
                    verifierClientOf(jwt));
        }

        private static String verifierClientOf(JsonWebToken jwt) {
            Set<String> groups = jwt.getGroups();
            boolean verifier = jwt.getSubject() != null
                    && groups != null
                    && groups.contains(Roles.VERIFIER)
                    && !groups.contains(Roles.USER)
                    && !groups.contains(Roles.OPERATOR)
                    && BearerTokenCheck.meantForVerification(jwt);
            return verifier ? jwt.getSubject() : null;
        }
    }

    /** The address of whoever sent this request, for anonymous calls and the audit trail. */
    public String clientIp() {
        SocketAddress remote = request.remoteAddress();
        return remote == null ? null : remote.hostAddress();
    }

    static Caller callerOf(String subject, Set<String> groups, Object productsClaim, String clientIp) {
        return callerOf(subject, groups, productsClaim, clientIp, 0);
    }

    static Caller callerOf(
            String subject, Set<String> groups, Object productsClaim, String clientIp, long tokenGeneration) {
        return callerOf(subject, groups, productsOf(productsClaim), clientIp, tokenGeneration);
    }

    private static Caller callerOf(
            String subject, Set<String> groups, Set<ProductCode> products, String clientIp, long tokenGeneration) {
        if (subject == null) {
            throw new UnauthorizedException();
        }
        boolean person = groups.contains(Roles.USER) || groups.contains(Roles.OPERATOR);
        if (!person && groups.contains(Roles.VERIFIER)) {
            return Caller.verifier(subject, products, clientIp, tokenGeneration);
        }
        if (!person) {
            throw new UnauthorizedException();
        }
        return Caller.user(UserId.parse(subject), groups.contains(Roles.OPERATOR), clientIp);
    }

    private static Set<ProductCode> productsOf(Object claim) {
        Set<ProductCode> products = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                // The token parser hands JSON array elements over as JsonString, whose toString keeps the quotes.
                products.add(
                        new ProductCode(value instanceof JsonString text ? text.getString() : String.valueOf(value)));
            }
        }
        return products;
    }
}
