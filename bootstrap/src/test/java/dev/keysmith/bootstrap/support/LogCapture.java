package dev.keysmith.bootstrap.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the records the service logs, with their parameters and stack traces, from {@link #everyLevel()} or
 * {@link #configuredLevels()} until {@link #close()}.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    private final Logger root = Logger.getLogger("");
    private Level before;

    /** Every record at every level, down to the drivers' traces: slow, for short scenarios. */
    public static LogCapture everyLevel() {
        LogCapture capture = configuredLevels();
        capture.root.setLevel(Level.ALL);
        return capture;
    }

    /** What the service writes to its log as configured, which is what an operator's log file would hold. */
    public static LogCapture configuredLevels() {
        LogCapture capture = new LogCapture();
        capture.setLevel(Level.ALL);
        capture.before = capture.root.getLevel();
        capture.root.addHandler(capture);
        return capture;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /**
     * The lines that match, once there is at least one or the time is up: for records written after the response
     * has gone out (the access log), which the client may read before they are logged.
     */
    public List<String> awaitLines(Predicate<String> match, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (lines) {
            List<String> found = lines.stream().filter(match).toList();
            for (long left = deadline - System.nanoTime();
                    found.isEmpty() && left > 0;
                    left = deadline - System.nanoTime()) {
                lines.wait(Math.max(1, left / 1_000_000));
                found = lines.stream().filter(match).toList();
            }
            return found;
        }
    }

    public String everything() {
        return String.join("\n", lines);
    }

    @Override
    public void publish(LogRecord record) {
        String logger = String.valueOf(record.getLoggerName());
        if (logger.startsWith("org.apache.http")
                || logger.startsWith("io.restassured")
                || logger.startsWith("jdk.internal.httpclient")) {
            return; // the test's own HTTP clients, which of course see the secrets they send and receive
        }
        StringBuilder line = new StringBuilder(logger).append(' ').append(record.getMessage());
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                line.append(' ').append(parameter);
            }
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(' ').append(trace);
        }
        synchronized (lines) {
            lines.add(line.toString());
            lines.notifyAll();
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        root.removeHandler(this);
        root.setLevel(before);
    }
}
