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
 * {@code user} group (plus {@code operator}), product backends the {@code verifier} group and their products.
 */
@ApplicationScoped
public class JwtAccessTokenIssuer implements AccessTokenPort {

    public static final String ISSUER = "keysmith";
    public static final String PRODUCTS_CLAIM = "products";
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
        Set<String> groups = user.operator() ? Set.of(Roles.USER, Roles.OPERATOR) : Set.of(Roles.USER);
        return Jwt.issuer(ISSUER)
                .subject(user.id().toString())
                .upn(user.email().value())
                .groups(groups)
                .expiresIn(LIFESPAN);
    }

    static JwtClaimsBuilder claimsFor(VerifierClient client) {
        return Jwt.issuer(ISSUER)
                .subject(client.clientId().value())
                .groups(Set.of(Roles.VERIFIER))
                .claim(PRODUCTS_CLAIM, client.products().stream().map(ProductCode::value).toList())
                .expiresIn(LIFESPAN);
    }
}
