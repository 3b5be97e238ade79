package dev.keysmith.bootstrap.web;

import dev.keysmith.bootstrap.config.KeysmithConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import org.eclipse.microprofile.config.Config;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Puts an {@link AccessLineBatcher} where the console handler sits in the logging tree at start-up, and the console
 * handler back (after the kept lines are written) at shutdown, so access lines reach the console in batches of whole
 * lines at least every {@code keysmith.http.access-log-flush} (0: one write per line, as any other record). Every
 * other handler (a log file, a collector) still gets each access record as it is logged; only the console's writes
 * are batched. Without a console handler, or with the access log off, nothing changes.
 */
@ApplicationScoped
public class AccessLogBatching {

    static final String STDERR = "quarkus.log.console.stderr";

    private Swap swap;

    void install(@Observes @Priority(2) StartupEvent started, KeysmithConfig config, Config settings)
            throws UnsupportedEncodingException {
        Duration every = config.http().accessLogFlush();
        if (!config.http().accessLog() || every.isZero() || every.isNegative()) {
            return;
        }
        Logger root = (Logger) LogManager.getLogManager().getLogger("");
        Swap found = Swap.find(root);
        if (found == null) {
            return;
        }
        boolean stderr = settings.getOptionalValue(STDERR, Boolean.class).orElse(false);
        ConsoleHandler out = new ConsoleHandler(
                stderr ? ConsoleHandler.Target.SYSTEM_ERR : ConsoleHandler.Target.SYSTEM_OUT,
                AccessLineBatcher.asGiven());
        out.setAutoFlush(true);
        String encoding = found.console.getEncoding();
        if (encoding != null) {
            out.setEncoding(encoding);
        }
        AccessLineBatcher batcher = new AccessLineBatcher(RequestTrail.CATEGORY, found.console, out, every);
        found.replace(found.console, batcher);
        swap = found.with(batcher);
    }

    void uninstall(@Observes ShutdownEvent stopping) {
        if (swap != null) {
            swap.replace(swap.batcher, swap.console);
            swap.batcher.close(); // after the swap: a line logged meanwhile is written one by one, not kept
            swap = null;
        }
    }

    /** Where the console handler hangs: on the root logger or under a handler (Quarkus's delayed handler). */
    private record Swap(Logger root, ExtHandler parent, ConsoleHandler console, AccessLineBatcher batcher) {

        static Swap find(Logger root) {
            return search(root, null, root.getHandlers());
        }

        /** The first console handler among {@code handlers} or below them; {@code parent} holds them (null: root). */
        private static Swap search(Logger root, ExtHandler parent, Handler[] handlers) {
            for (Handler handler : handlers) {
                if (handler instanceof ConsoleHandler console) {
                    return new Swap(parent == null ? root : null, parent, console, null);
                }
                Swap below = handler instanceof ExtHandler child ? search(root, child, child.getHandlers()) : null;
                if (below != null) {
                    return below;
                }
            }
            return null;
        }

        Swap with(AccessLineBatcher batcher) {
            return new Swap(root, parent, console, batcher);
        }

        /** Swaps the whole handler array at once, so no record is lost or written twice meanwhile. */
        void replace(Handler from, Handler to) {
            if (parent != null) {
                parent.setHandlers(replaced(parent.getHandlers(), from, to));
                return;
            }
            Handler[] handlers;
            do {
                handlers = root.getHandlers();
            } while (!root.compareAndSetHandlers(handlers, replaced(handlers, from, to)));
        }

        private static Handler[] replaced(Handler[] handlers, Handler from, Handler to) {
            Handler[] copy = Arrays.copyOf(handlers, handlers.length);
            for (int i = 0; i < copy.length; i++) {
                if (copy[i] == from) {
                    copy[i] = to;
                }
            }
            return copy;
        }
    }
}
