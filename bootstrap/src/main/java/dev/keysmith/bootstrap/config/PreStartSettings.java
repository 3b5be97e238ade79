package dev.keysmith.bootstrap.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.config.SmallRyeConfig;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Settings read before Quarkus starts (whether to start the embedded database, whether the shared secrets are
 * there), from the sources Quarkus itself reads: system properties, environment variables, {@code .env} in the
 * working directory, the files named by {@code QUARKUS_CONFIG_LOCATIONS} (a mounted Kubernetes Secret, say) and
 * {@code application.properties}, so nothing the service would accept is refused by the start-up check.
 */
@FunctionalInterface
public interface PreStartSettings {

    Optional<String> value(String property);

    default boolean isSet(String property) {
        return value(property).filter(value -> !value.isBlank()).isPresent();
    }

    /** Every configuration source of a normal (prod profile) start. */
    static PreStartSettings fromQuarkusSources() {
        SmallRyeConfig config = ConfigUtils.configBuilder(LaunchMode.NORMAL).build();
        return property -> config.getOptionalValue(property, String.class);
    }

    /** System properties and the given environment only, for tests that hand in an environment. */
    static PreStartSettings fromEnvironment(Map<String, String> environment) {
        return property -> Optional.ofNullable(System.getProperty(property))
                .filter(value -> !value.isBlank())
                .or(() -> Optional.ofNullable(environment.get(environmentName(property))));
    }

    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
