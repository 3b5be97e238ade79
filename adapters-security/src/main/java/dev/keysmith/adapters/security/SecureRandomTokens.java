package dev.keysmith.adapters.security;

import dev.keysmith.application.port.out.RandomTokenPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens from one shared {@link SecureRandom}, encoded as URL-safe base64 without padding. */
@ApplicationScoped
public class SecureRandomTokens implements RandomTokenPort {

    private static final int MAX_BYTES = 1024;
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    // An instance field, not a static one, so a native image never bakes a seeded generator in at build time.
    private final SecureRandom random = new SecureRandom();

    @Override
    public String newToken(int bytes) {
        return URL_SAFE.encodeToString(newBytes(bytes));
    }

    @Override
    public byte[] newBytes(int count) {
        if (count < 1 || count > MAX_BYTES) {
            throw new IllegalArgumentException("a token needs between 1 and " + MAX_BYTES + " bytes, not " + count);
        }
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
