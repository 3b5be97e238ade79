package dev.keysmith.domain.verifier;

import dev.keysmith.domain.shared.Require;
import java.util.regex.Pattern;

/** The public client id a product backend presents with its secret, e.g. {@code vc_3kTq…}. */
public record VerifierClientId(String value) {

    private static final Pattern SHAPE = Pattern.compile("vc_[A-Za-z0-9_-]{16,64}");

    public VerifierClientId {
        Require.matches(value, SHAPE, "clientId", "is not a verifier client id");
    }

    @Override
    public String toString() {
        return value;
    }
}
