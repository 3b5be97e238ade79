package dev.keysmith.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.Test;

/** While the service runs, its console handler sits behind the access-line batcher, and only there. */
@QuarkusTest
class AccessLogBatchingTest {

    @Test
    void theConsoleHandlerIsReachedThroughTheBatcherOnly() {
        List<String> consoles = new ArrayList<>();
        for (Handler handler : LogManager.getLogManager().getLogger("").getHandlers()) {
            walk(handler, "", consoles);
        }

        assertThat(consoles)
                .as("where console handlers hang in the logging tree")
                .hasSize(1);
        assertThat(consoles.get(0)).endsWith("/AccessLineBatcher/console");
    }

    /** The paths to every console handler below {@code handler}, e.g. {@code /DelayedHandler/console}. */
    private static void walk(Handler handler, String above, List<String> consoles) {
        if (handler instanceof ConsoleHandler) {
            consoles.add(above + "/console");
            return;
        }
        if (handler instanceof ExtHandler parent) {
            String path = above + "/" + handler.getClass().getSimpleName();
            for (Handler child : parent.getHandlers()) {
                walk(child, path, consoles);
            }
        }
    }
}
