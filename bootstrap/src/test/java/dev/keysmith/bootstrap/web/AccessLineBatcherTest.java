package dev.keysmith.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.jboss.logmanager.handlers.DelayedHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Access lines kept and written in batches of whole lines, everything else at once and in order. */
class AccessLineBatcherTest {

    private static final String ACCESS = RequestTrail.CATEGORY;

    /** What reached the console, in order: "batch:<lines>" from the batch writer, "line:<line>" from the console. */
    private final List<String> written = Collections.synchronizedList(new ArrayList<>());

    private final ExtHandler console = new ExtHandler() {
        {
            setFormatter(new Formatter() {
                @Override
                public String format(LogRecord record) {
                    return record.getLoggerName() + " " + record.getMessage() + "\n";
                }
            });
        }

        @Override
        protected void doPublish(ExtLogRecord record) {
            written.add("line:" + getFormatter().format(record));
        }
    };

    private final ExtHandler out = new ExtHandler() {
        {
            setFormatter(AccessLineBatcher.asGiven());
        }

        @Override
        protected void doPublish(ExtLogRecord record) {
            written.add("batch:" + getFormatter().format(record));
        }
    };

    private AccessLineBatcher batcher;

    @AfterEach
    void close() {
        if (batcher != null) {
            batcher.close();
        }
    }

    private AccessLineBatcher batcher(Duration flushEvery) {
        batcher = new AccessLineBatcher(ACCESS, console, out, flushEvery);
        return batcher;
    }

    private static ExtLogRecord record(String logger, Level level, String message) {
        ExtLogRecord record = new ExtLogRecord(level, message, ExtLogRecord.FormatStyle.NO_FORMAT, "test");
        record.setLoggerName(logger);
        return record;
    }

    @Test
    void accessLinesWaitForTheirBatchAndAreWrittenTogetherInTheConsolesFormat() {
        AccessLineBatcher batcher = batcher(Duration.ofHours(1));
        batcher.publish(record(ACCESS, Level.INFO, "GET /a 200"));
        batcher.publish(record(ACCESS, Level.INFO, "GET /b 404"));
        assertThat(written).isEmpty();

        batcher.flush();

        assertThat(written).containsExactly("batch:" + ACCESS + " GET /a 200\n" + ACCESS + " GET /b 404\n");
    }

    @Test
    void anyOtherRecordGoesStraightToTheConsoleAfterTheLinesLoggedBeforeIt() {
        AccessLineBatcher batcher = batcher(Duration.ofHours(1));
        batcher.publish(record(ACCESS, Level.INFO, "GET /a 200"));
        batcher.publish(record("dev.keysmith.other", Level.WARNING, "something"));
        batcher.publish(record(ACCESS, Level.INFO, "GET /b 200"));

        assertThat(written).containsExactly("batch:" + ACCESS + " GET /a 200\n", "line:dev.keysmith.other something\n");
    }

    @Test
    void aBatchIsWholeLinesAndNeverMoreThanAPipeTakesWhole() {
        AccessLineBatcher batcher = batcher(Duration.ofHours(1));
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            String message = "POST /v1/keys/verify 200 0." + (i % 10) + "ms 127.0.0.1 " + "id-".repeat(i % 7) + i;
            batcher.publish(record(ACCESS, Level.INFO, message));
            all.append(ACCESS).append(' ').append(message).append('\n');
        }
        batcher.flush();

        assertThat(written)
                .hasSizeGreaterThan(20)
                .allSatisfy(batch -> assertThat(batch)
                        .startsWith("batch:")
                        .endsWith("\n")
                        .hasSizeLessThanOrEqualTo("batch:".length() + AccessLineBatcher.BATCH_CHARS));
        assertThat(String.join("", written).replace("batch:", "")).isEqualTo(all.toString());
    }

    @Test
    void theConsoleStaysInTheLoggingTreeSoJsonLogsReachItAndAccessLinesBecomeJsonObjects() {
        ConsoleHandler realConsole = new ConsoleHandler();
        batcher = new AccessLineBatcher(ACCESS, realConsole, out, Duration.ofHours(1));
        DelayedHandler delayed = new DelayedHandler();
        delayed.addHandler(batcher);

        JsonConsoleLogs.useJson(delayed);
        batcher.publish(record(ACCESS, Level.INFO, "GET /a 200"));
        batcher.writeBatch();

        assertThat(written).hasSize(1);
        JsonObject line =
                new JsonObject(written.get(0).substring("batch:".length()).trim());
        assertThat(line.getString("loggerName")).isEqualTo(ACCESS);
        assertThat(line.getString("message")).isEqualTo("GET /a 200");
    }

    @Test
    void theConsolesLevelAndFilterDecideWhichAccessLinesAreWritten() {
        AccessLineBatcher batcher = batcher(Duration.ofHours(1));
        console.setLevel(Level.WARNING);
        batcher.publish(record(ACCESS, Level.INFO, "GET /quiet 200"));
        console.setLevel(Level.ALL);
        console.setFilter(record -> !record.getMessage().contains("/filtered"));
        batcher.publish(record(ACCESS, Level.INFO, "GET /filtered 200"));
        batcher.publish(record(ACCESS, Level.INFO, "GET /kept 200"));
        batcher.flush();

        assertThat(written).containsExactly("batch:" + ACCESS + " GET /kept 200\n");
    }

    @Test
    void aLoneLineIsWrittenWhenItsTimeIsUp() throws InterruptedException {
        AccessLineBatcher batcher = batcher(Duration.ofMillis(20));
        batcher.publish(record(ACCESS, Level.INFO, "GET /alone 200"));

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        synchronized (written) {
            while (written.isEmpty() && System.nanoTime() < deadline) {
                written.wait(10); // waiting for the timer's thread to write, not for time to pass
            }
        }
        assertThat(written).containsExactly("batch:" + ACCESS + " GET /alone 200\n");
    }

    @Test
    void closingWritesWhatIsKeptAndLaterLinesAreWrittenAtOnce() {
        AccessLineBatcher batcher = batcher(Duration.ofHours(1));
        batcher.publish(record(ACCESS, Level.INFO, "GET /kept 200"));
        batcher.close();
        assertThat(written).containsExactly("batch:" + ACCESS + " GET /kept 200\n");

        batcher.publish(record(ACCESS, Level.INFO, "GET /late 200"));
        assertThat(written)
                .containsExactly("batch:" + ACCESS + " GET /kept 200\n", "batch:" + ACCESS + " GET /late 200\n");
    }

    @Test
    void linesLoggedAtOnceFromManyThreadsAreEachWrittenOnceAndWhole() throws Exception {
        AccessLineBatcher batcher = batcher(Duration.ofMillis(1));
        int threads = 8;
        int lines = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < lines; i++) {
                    batcher.publish(record(ACCESS, Level.INFO, "t" + thread + " n" + i));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        batcher.flush();

        List<String> all = new ArrayList<>();
        synchronized (written) {
            for (String batch : written) {
                assertThat(batch)
                        .endsWith("\n")
                        .hasSizeLessThanOrEqualTo("batch:".length() + AccessLineBatcher.BATCH_CHARS);
                all.addAll(List.of(batch.substring("batch:".length()).split("\n")));
            }
        }
        assertThat(all)
                .hasSize(threads * lines)
                .doesNotHaveDuplicates()
                .allMatch(line -> line.matches(Pattern.quote(ACCESS) + " t\\d n\\d+"));
    }
}
