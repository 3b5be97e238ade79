package dev.keysmith.bootstrap.support;

import io.smallrye.jwt.build.Jwt;
import java.util.Set;
import java.util.UUID;

/** Mints access tokens the way the service does, signed with the test run's key. */
public final class Tokens {

    private Tokens() {}

    public static String operator() {
        return token(UUID.randomUUID().toString(), Set.of("operator"));
    }

    public static String user() {
        return token(UUID.randomUUID().toString(), Set.of("user"));
    }

    public static String verifier() {
        return token(UUID.randomUUID().toString(), Set.of("verifier"));
    }

    public static String token(String subject, Set<String> groups) {
        String audience = groups.contains("verifier") ? "keysmith-verify" : "keysmith-api";
        return Jwt.issuer("keysmith")
                .audience(audience)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .expiresIn(900)
                .sign();
    }
}
