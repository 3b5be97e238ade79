package dev.keysmith.bootstrap;

import dev.keysmith.bootstrap.config.EmbeddedDefaults;
import dev.keysmith.bootstrap.config.PreStartSettings;
import dev.keysmith.bootstrap.web.HttpEdge;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point: with no datasource configured, first brings up the embedded defaults (PostgreSQL, signing
 * keys, pepper) from the data directory, then runs Quarkus; the embedded database stops after Quarkus has
 * (see {@link OrderedShutdown}).
 */
@QuarkusMain
public class KeysmithMain implements QuarkusApplication {

    public static void main(String... args) {
        // HttpEdge checks the request target itself and answers a problem document, not Quarkus's bare 400.
        System.setProperty(HttpEdge.QUARKUS_URI_CHECK, System.getProperty(HttpEdge.QUARKUS_URI_CHECK, "true"));
        EmbeddedDefaults defaults;
        try {
            defaults = EmbeddedDefaults.prepare(PreStartSettings.fromQuarkusSources());
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        OrderedShutdown.install(defaults);
        Quarkus.run(
                KeysmithMain.class,
                (exitCode, failure) -> {
                    if (failure != null) {
                        // A bad setting fails the start before logging is up; without this it would end without a word.
                        System.err.println("Keysmith could not start: " + reasons(failure));
                    }
                    defaults.close();
                    System.exit(exitCode);
                },
                args);
    }

    /** The failure's message and its causes', without stack traces; setting errors name the setting. */
    static String reasons(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause();
                cause != null && cause != cause.getCause();
                cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }

    @Override
    public int run(String... args) {
        Quarkus.waitForExit();
        return 0;
    }
}
