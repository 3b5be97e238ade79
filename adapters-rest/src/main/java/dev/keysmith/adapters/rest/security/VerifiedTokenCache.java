package dev.keysmith.adapters.rest.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers bearer tokens whose signature and claims were already verified, each until it expires: a product
 * backend sends the same token thousands of times, and checking an RS256 signature each time would cost more than
 * the whole verification, so a known token costs one map look-up. Only the exact same token string hits the cache;
 * at most 10,000 are kept. A client's disable or secret roll still ends its tokens at once: the verification checks
 * the token's generation against the client's current state on every call ({@code VerifierClientState}).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache extends DefaultJWTParser {

    private final Cache<String, Verified> verified = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfter(new UntilExpiry())
            .build();

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        Verified known = verifiedBefore(bearerToken);
        if (known != null) {
            return known.jwt();
        }
        JsonWebToken fresh = super.parse(bearerToken);
        verified.put(bearerToken, new Verified(fresh, fresh.getExpirationTime()));
        return fresh;
    }

    /**
     * The token this exact string was verified as, while it has not expired; null for a token never seen here,
     * which only {@link #parse} may check.
     */
    public Verified verifiedBefore(String bearerToken) {
        Verified known = verified.getIfPresent(bearerToken);
        return known != null && known.live() ? known : null;
    }

    /**
     * A verified token and its {@code exp} in epoch seconds, read once: reading a claim goes through jose4j's
     * claim map and a number conversion, on every verification otherwise.
     */
    public record Verified(JsonWebToken jwt, long expiresAt) {

        /** Whether the token has not expired: a wall-clock fact checked against the system clock, as the parser does. */
        public boolean live() {
            return expiresAt > System.currentTimeMillis() / 1000;
        }
    }

    /** An entry lives until its token's {@code exp}, never longer than 15 minutes (the tokens' lifespan). */
    private static final class UntilExpiry implements Expiry<String, Verified> {

        private static final long AT_MOST = TimeUnit.MINUTES.toNanos(15);

        @Override
        public long expireAfterCreate(String token, Verified known, long currentTime) {
            long left = TimeUnit.SECONDS.toNanos(known.expiresAt() - System.currentTimeMillis() / 1000);
            return Math.max(0, Math.min(left, AT_MOST));
        }

        @Override
        public long expireAfterUpdate(String token, Verified known, long currentTime, long currentDuration) {
            return expireAfterCreate(token, known, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Verified known, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
