package dev.keysmith.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.MDC;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.jboss.logmanager.handlers.DelayedHandler;
import org.junit.jupiter.api.Test;

class JsonConsoleLogsTest {

    @Test
    void theConsoleHandlerBehindQuarkussDelayedHandlerWritesOneJsonObjectPerLineWithTheRequestId() {
        ConsoleHandler console = new ConsoleHandler();
        DelayedHandler delayed = new DelayedHandler();
        delayed.addHandler(console);

        JsonConsoleLogs.useJson(delayed);

        MDC.put(RequestTrail.MDC_KEY, "req-1");
        try {
            ExtLogRecord record = new ExtLogRecord(Level.INFO, "verified \"%s\"", ExtLogRecord.FormatStyle.PRINTF, "x");
            record.setParameters(new Object[] {"key"});
            record.setLoggerName("dev.keysmith.test");
            record.copyMdc();
            JsonObject line =
                    new JsonObject(console.getFormatter().format(record).trim());

            assertThat(line.getString("level")).isEqualTo("INFO");
            assertThat(line.getString("loggerName")).isEqualTo("dev.keysmith.test");
            assertThat(line.getString("message")).isEqualTo("verified \"key\"");
            assertThat(line.getJsonObject("mdc").getString("requestId")).isEqualTo("req-1");
        } finally {
            MDC.remove(RequestTrail.MDC_KEY);
        }
    }
}
