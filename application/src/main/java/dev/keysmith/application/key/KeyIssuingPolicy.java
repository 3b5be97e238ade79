package dev.keysmith.application.key;

import dev.keysmith.domain.key.KeyEnvironment;
import dev.keysmith.domain.shared.Require;

/** Deployment settings for new keys: the environment written into them and the per-product limit. */
public record KeyIssuingPolicy(KeyEnvironment environment, int maxKeysPerProduct) {

    public KeyIssuingPolicy {
        Require.present(environment, "environment");
        if (maxKeysPerProduct < 1) {
            throw new IllegalArgumentException("keysmith.keys.max-per-product must be at least 1");
        }
    }
}
