package dev.keysmith.bootstrap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged service writes its access lines to the console in batches (KEYSMITH_HTTP_ACCESS_LOG_FLUSH): a burst's
 * lines are each written once and whole, in the console's format, and a graceful stop (SIGTERM) writes every line
 * that was kept. (That a lone line is written when its time is up: AccessLineBatcherTest.)
 */
class AccessLogIT {

    /** Quarkus's default console format, then the access line: method, path, status, time, address, request id. */
    private static final String LINE =
            "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  \\[dev\\.keysmith\\.access\\]"
                    + " \\([^)]+\\) (GET|POST) /\\S* \\d{3} \\d+\\.\\dms 127\\.0\\.0\\.1 ";

    @Test
    void everyAccessLineIsWrittenOnceAndWholeAndTheKeptOnesAtAGracefulStop() throws Exception {
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "keysmith-access-")
                .toAbsolutePath();
        Path data = directory.resolve("data");
        Path log = directory.resolve("service.log");
        // An hour between timed writes: while it runs only full batches are written (or kept lines ahead of another
        // line); what is kept when SIGTERM comes must come out through the stop (Quarkus's own last lines, which
        // pass the batcher after them, and the shutdown observer that writes what is left).
        Map<String, String> environment = Map.of(
                "KEYSMITH_DATA_DIR", data.toString(),
                "KEYSMITH_BOOTSTRAP_OPERATOR_PASSWORD", "access-log-password",
                "KEYSMITH_HTTP_ACCESS_LOG_FLUSH", "1h");
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (AppInstance app = AppInstance.start(AppInstance.jar().toPath().toAbsolutePath(), environment, log)) {
            app.awaitReady(Duration.ofSeconds(150));

            // 2,000 requests from 8 threads at once (liveness 200 and /v1/me 401), each with its own id.
            List<String> burst = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                burst.add("burst-" + i + "-" + UUID.randomUUID());
            }
            ExecutorService senders = Executors.newFixedThreadPool(8);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < burst.size(); i++) {
                String path = i % 2 == 0 ? "/q/health/live" : "/v1/me";
                String id = burst.get(i);
                statuses.add(
                        senders.submit(() -> client.send(request(app, path, id), HttpResponse.BodyHandlers.discarding())
                                .statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get(60, TimeUnit.SECONDS)).isIn(200, 401);
            }
            senders.shutdown();
            assertThat(app.terminate(Duration.ofSeconds(60)))
                    .as("exit code after SIGTERM")
                    .isIn(0, 143);

            List<String> lines = Files.readAllLines(log);
            for (String id : burst) {
                assertThat(lines.stream().filter(line -> line.contains(id)))
                        .as("the access line of request %s", id)
                        .singleElement()
                        .asString()
                        .matches(LINE + Pattern.quote(id));
            }
        } finally {
            ReadmeWalkthroughIT.stopPostgres(data);
        }
    }

    private static HttpRequest request(AppInstance app, String path, String id) {
        return HttpRequest.newBuilder(URI.create(app.url() + path))
                .header("X-Request-Id", id)
                .timeout(Duration.ofSeconds(30))
                .build();
    }
}
