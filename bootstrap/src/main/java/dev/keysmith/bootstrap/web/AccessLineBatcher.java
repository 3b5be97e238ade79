package dev.keysmith.bootstrap.web;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Stands in for the console handler so that access lines reach the console in batches: one {@code write(2)} for
 * dozens of lines instead of one per request, which cost about a quarter of a verification's CPU (issue 17).
 *
 * <p>An access line is formatted at once, on the thread that logs it, with the console's own formatter, level and
 * filter (so the console's pattern or JSON applies, and the logging context of the request), and kept. The kept
 * lines are written together when the next would take them past {@link #BATCH_CHARS}, when {@code flushEvery} has
 * passed, before any other record (so the console keeps the order things were logged in), on {@link #flush()} and
 * on {@link #close()}. Every other record goes straight to the console handler. A batch holds whole lines only and
 * at most {@link #BATCH_CHARS} characters: the lines are ASCII, and a pipe takes a write of up to 4,096 bytes
 * whole, so a batch never interleaves with what another process writes to the same pipe.
 *
 * <p>What a kill -9 (or a crash of the JVM) loses: the access lines of at most the last {@code flushEvery}.
 */
final class AccessLineBatcher extends ExtHandler {

    /** {@code PIPE_BUF} on Linux. */
    static final int BATCH_CHARS = 4096;

    private final String category;
    private final Handler console;
    private final Handler out;
    private final StringBuilder batch = new StringBuilder(BATCH_CHARS);
    private final ScheduledExecutorService timer;
    private boolean closed;

    /**
     * @param category the logger whose records are batched
     * @param console the console handler: the format, level and filter of every line, and where all else goes
     * @param out writes a batch as it is given (a handler on the console's stream with {@link #asGiven()})
     * @param flushEvery how long a line may wait for the rest of its batch
     */
    AccessLineBatcher(String category, Handler console, Handler out, Duration flushEvery) {
        this.category = category;
        this.console = console;
        this.out = out;
        setLevel(Level.ALL);
        // Kept as this handler's child, so what walks the logging tree (JsonConsoleLogs) still finds the console;
        // doPublish decides what it gets, and closing this handler leaves it open.
        setCloseChildren(false);
        addHandler(console);
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "keysmith-access-log");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, flushEvery.toMillis());
        timer.scheduleWithFixedDelay(this::writeBatch, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** A formatter that writes a record's message as it is: a batch is formatted lines already. */
    static Formatter asGiven() {
        return new Formatter() {
            @Override
            public String format(LogRecord record) {
                return record.getMessage();
            }
        };
    }

    @Override
    protected void doPublish(ExtLogRecord record) {
        if (!category.equals(record.getLoggerName())) {
            lock.lock();
            try {
                writeKept(); // what was logged before it comes before it
                console.publish(record);
            } finally {
                lock.unlock();
            }
            return;
        }
        if (!console.isLoggable(record)) {
            return;
        }
        String line = console.getFormatter().format(record);
        lock.lock();
        try {
            if (closed) {
                out.publish(batchRecord(line));
                return;
            }
            if (batch.length() + line.length() > BATCH_CHARS) {
                writeKept();
            }
            batch.append(line);
            if (batch.length() >= BATCH_CHARS) {
                writeKept();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Writes the kept lines now. */
    void writeBatch() {
        lock.lock();
        try {
            writeKept();
        } catch (RuntimeException e) {
            reportError("Could not write access lines", e, ErrorManager.WRITE_FAILURE);
        } finally {
            lock.unlock();
        }
    }

    private void writeKept() {
        if (batch.length() == 0) {
            return;
        }
        String lines = batch.toString();
        batch.setLength(0);
        out.publish(batchRecord(lines));
    }

    private static ExtLogRecord batchRecord(String lines) {
        return new ExtLogRecord(
                Level.INFO, lines, ExtLogRecord.FormatStyle.NO_FORMAT, AccessLineBatcher.class.getName());
    }

    @Override
    public void flush() {
        writeBatch();
        out.flush();
        console.flush();
    }

    /** Writes what is kept and stops the timer; lines logged after that are written one by one. */
    @Override
    public void close() {
        lock.lock();
        try {
            writeKept();
            closed = true;
        } finally {
            lock.unlock();
        }
        timer.shutdownNow();
        out.flush();
    }
}
