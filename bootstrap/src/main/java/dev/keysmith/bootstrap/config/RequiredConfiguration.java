package dev.keysmith.bootstrap.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * With an external database, every instance must share the signing keys and the pepper, so they must be
 * configured: refuse to start and name what is missing rather than run with per-instance secrets.
 */
public class RequiredConfiguration {

    static final List<String> SHARED_SECRETS = List.of(
            "smallrye.jwt.sign.key.location", "mp.jwt.verify.publickey.location", "keysmith.keys.pepper");

    void check(@Observes @Priority(1) StartupEvent started, Config config) {
        List<String> missing = missing(config);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Keysmith cannot start: with an external database these settings "
                    + "must be given (every instance shares them): "
                    + String.join(", ", missing.stream().map(RequiredConfiguration::environmentName).toList()));
        }
    }

    static List<String> missing(Config config) {
        List<String> missing = new ArrayList<>();
        for (String name : SHARED_SECRETS) {
            if (config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isEmpty()) {
                missing.add(name);
            }
        }
        return missing;
    }

    static String environmentName(String property) {
        return property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }
}
