package dev.keysmith.adapters.rest.security;

import dev.keysmith.application.port.out.TokenGenerationPort;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.user.UserId;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Checks every verified bearer token (cached by {@link VerifiedTokenCache} or not) before any endpoint sees
 * it: a person's token must be meant for people ({@value JwtAccessTokenIssuer#USERS_AUDIENCE}) and carry the
 * person's current token generation, so a password change or a deactivation ends the tokens issued before;
 * a verifier client's token must be meant for verification. A verifier client's generation is checked by
 * the verification itself, against the client state it caches for outages.
 */
@ApplicationScoped
public class BearerTokenCheck implements SecurityIdentityAugmentor {

    private final TokenGenerationPort generations;

    BearerTokenCheck(TokenGenerationPort generations) {
        this.generations = generations;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        boolean person =
                identity.getRoles().contains(Roles.USER) || identity.getRoles().contains(Roles.OPERATOR);
        Set<String> audience = jwt.getAudience() == null ? Set.of() : jwt.getAudience();
        if (!person) {
            return meantForVerification(jwt)
                    ? Uni.createFrom().item(identity)
                    : Uni.createFrom().failure(new AuthenticationFailedException("not a verifier client's token"));
        }
        if (!audience.contains(JwtAccessTokenIssuer.USERS_AUDIENCE)
                || identity.getRoles().contains(Roles.VERIFIER)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("not a person's token"));
        }
        UserId user;
        try {
            user = UserId.parse(jwt.getSubject());
        } catch (InvalidValueException notAPerson) {
            return Uni.createFrom().failure(new AuthenticationFailedException("not a person's token"));
        }
        return context.runBlocking(() -> {
            if (generationOf(jwt) < generations.currentGeneration(user)) {
                throw new AuthenticationFailedException("this token was ended");
            }
            return identity;
        });
    }

    /** Whether a token that is not a person's may be let through: it must be meant for verification. */
    static boolean meantForVerification(JsonWebToken jwt) {
        Set<String> audience = jwt.getAudience();
        return audience != null && audience.contains(JwtAccessTokenIssuer.VERIFIERS_AUDIENCE);
    }

    /** The generation a token was issued in; tokens from before generations count as the first. */
    static long generationOf(JsonWebToken jwt) {
        Object claim = jwt.getClaim(JwtAccessTokenIssuer.GENERATION_CLAIM);
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        return claim instanceof Number number ? number.longValue() : 0;
    }
}
