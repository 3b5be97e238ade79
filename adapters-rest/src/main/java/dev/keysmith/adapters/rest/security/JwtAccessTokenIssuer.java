package dev.keysmith.adapters.rest.security;

import dev.keysmith.application.port.out.AccessTokenPort;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.verifier.VerifierClient;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;

/**
 * Signs access tokens with RS256 and the key at {@code smallrye.jwt.sign.key.location}: people get the
 * {@code user} group (plus {@code operator}) and the audience {@value #USERS_AUDIENCE}, product backends the
 * {@code verifier} group, their products and the audience {@value #VERIFIERS_AUDIENCE}, so neither kind of
 * token passes for the other. Each carries its subject's token generation ({@value #GENERATION_CLAIM}).
 */
@ApplicationScoped
public class JwtAccessTokenIssuer implements AccessTokenPort {

    public static final String ISSUER = "keysmith";
    public static final String PRODUCTS_CLAIM = "products";
    public static final String GENERATION_CLAIM = "gen";
    public static final String USERS_AUDIENCE = "keysmith-api";
    public static final String VERIFIERS_AUDIENCE = "keysmith-verify";
    static final Duration LIFESPAN = Duration.ofMinutes(15);

    @Override
    public AccessToken issueFor(User user) {
        return new AccessToken(claimsFor(user).sign(), LIFESPAN.toSeconds(), Set.of());
    }

    @Override
    public AccessToken issueFor(VerifierClient client) {
        return new AccessToken(claimsFor(client).sign(), LIFESPAN.toSeconds(), client.products());
    }

    static JwtClaimsBuilder claimsFor(User user) {
        Set<String> groups = user.activeOperator() ? Set.of(Roles.USER, Roles.OPERATOR) : Set.of(Roles.USER);
        return Jwt.issuer(ISSUER)
                .audience(USERS_AUDIENCE)
                .subject(user.id().toString())
                .upn(user.email().value())
                .groups(groups)
                .claim(GENERATION_CLAIM, user.tokenGeneration())
                .expiresIn(LIFESPAN);
    }

    static JwtClaimsBuilder claimsFor(VerifierClient client) {
        return Jwt.issuer(ISSUER)
                .audience(VERIFIERS_AUDIENCE)
                .subject(client.clientId().value())
                .groups(Set.of(Roles.VERIFIER))
                .claim(GENERATION_CLAIM, client.tokenGeneration())
                .claim(
                        PRODUCTS_CLAIM,
                        client.products().stream().map(ProductCode::value).toList())
                .expiresIn(LIFESPAN);
    }
}
