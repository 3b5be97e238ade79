package dev.keysmith.application.port.out;

import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.verifier.VerifierClient;
import java.util.Set;

/** Signs short-lived bearer tokens. */
public interface AccessTokenPort {

    AccessToken issueFor(User user);

    AccessToken issueFor(VerifierClient client);

    /** A signed token and its lifetime in seconds. */
    record AccessToken(String token, long expiresInSeconds, Set<ProductCode> products) {

        @Override
        public String toString() {
            return "AccessToken[redacted, expiresIn=" + expiresInSeconds + "]";
        }
    }
}
