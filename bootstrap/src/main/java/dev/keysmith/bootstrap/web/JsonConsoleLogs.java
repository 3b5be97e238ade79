package dev.keysmith.bootstrap.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import org.eclipse.microprofile.config.Config;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.formatters.JsonFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * {@code QUARKUS_LOG_CONSOLE_JSON=true} turns console lines into JSON objects (timestamp, level, logger, message,
 * exception, and the logging context with the request id), for log shippers. Quarkus's JSON logging extension is not
 * available for this platform version, so the JSON formatter of the JBoss LogManager Quarkus already runs on is put
 * on the console handler here, at start-up: the lines of the boot itself (migrations) are still plain text.
 */
@ApplicationScoped
public class JsonConsoleLogs {

    static final String SETTING = "quarkus.log.console.json";

    void switchOn(@Observes @Priority(1) StartupEvent started, Config config) {
        if (config.getOptionalValue(SETTING, Boolean.class).orElse(false)) {
            for (Handler handler : LogManager.getLogManager().getLogger("").getHandlers()) {
                useJson(handler);
            }
        }
    }

    static void useJson(Handler handler) {
        if (handler instanceof ConsoleHandler console) {
            JsonFormatter json = new JsonFormatter();
            json.setPrintDetails(false);
            console.setFormatter(json);
        }
        if (handler instanceof ExtHandler parent) {
            for (Handler child : parent.getHandlers()) {
                useJson(child);
            }
        }
    }
}
