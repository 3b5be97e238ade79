package dev.keysmith.bootstrap;

import io.quarkus.runtime.Quarkus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import sun.misc.Signal;

/**
 * Stops the service in order on SIGTERM, SIGINT or SIGHUP: Quarkus first (it stops taking requests, drains
 * those in flight for {@code quarkus.shutdown.timeout}, and its shutdown observers make the last flush of
 * key use), then the embedded database. Left to the JVM, every shutdown hook runs at once, and the embedded
 * PostgreSQL's own hook would stop the database under those requests and that flush.
 */
final class OrderedShutdown {

    private static final Logger LOG = Logger.getLogger(OrderedShutdown.class);
    /** Far beyond the drain and the flush; past it the database is stopped and the process ends regardless. */
    static final Duration BOUND = Duration.ofSeconds(60);

    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    private OrderedShutdown() {}

    /** Takes the stop signals over from the JVM; {@code database} is stopped only past the bound. */
    static void install(AutoCloseable database) {
        for (String name : List.of("TERM", "INT", "HUP")) {
            try {
                Signal.handle(new Signal(name), signal -> stop(128 + signal.getNumber(), database));
            } catch (IllegalArgumentException reservedByTheJvm) {
                // With -Xrs the JVM keeps its own handling: the database then stops in its shutdown hook.
                LOG.debugf("SIG%s stays with the JVM", name);
            }
        }
    }

    private static void stop(int exitCode, AutoCloseable database) {
        if (!STOPPING.compareAndSet(false, true)) {
            return;
        }
        Thread bound = new Thread(() -> forceAfterBound(exitCode, database), "keysmith-shutdown-bound");
        bound.setDaemon(true);
        bound.start();
        // Quarkus's main thread wakes, stops the application, then the exit handler stops the database and exits.
        Quarkus.asyncExit(exitCode);
    }

    private static void forceAfterBound(int exitCode, AutoCloseable database) {
        try {
            Thread.sleep(BOUND.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        LOG.errorf("Keysmith did not stop within %s; stopping the database and exiting", BOUND);
        try {
            database.close();
        } catch (Exception e) {
            LOG.warn("could not stop the embedded PostgreSQL", e);
        }
        Runtime.getRuntime().halt(exitCode);
    }
}
