package dev.keysmith.bootstrap;

import dev.keysmith.bootstrap.config.EmbeddedDefaults;
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
            defaults = EmbeddedDefaults.prepare(System.getenv());
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        OrderedShutdown.install(defaults);
        Quarkus.run(KeysmithMain.class, (exitCode, failure) -> {
            defaults.close();
            System.exit(exitCode);
        }, args);
    }

    @Override
    public int run(String... args) {
        Quarkus.waitForExit();
        return 0;
    }
}
