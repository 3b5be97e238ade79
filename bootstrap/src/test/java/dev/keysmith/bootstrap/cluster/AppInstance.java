package dev.keysmith.bootstrap.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** One instance of the packaged service, started as its own JVM on a free port. */
final class AppInstance implements AutoCloseable {

    private final Process process;
    final int port;
    final Path log;

    private AppInstance(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static AppInstance start(Path jar, Map<String, String> environment, Path log) throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", jar.toString());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // Several instances on one machine: each its own management port too (9000 by default).
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(freePort()));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new AppInstance(builder.start(), port, log);
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** Polls readiness until the instance answers UP, or fails after {@code limit}. */
    void awaitReady(Duration limit) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance on port " + port + " exited; see " + log);
            }
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.onSpinWait();
            Thread.sleep(100); // polling a starting process, not waiting for time to pass
        }
        throw new IllegalStateException("instance on port " + port + " not ready within " + limit + "; see " + log);
    }

    /** Sends SIGTERM and waits for the process to end; its exit code. */
    int terminate(Duration limit) throws InterruptedException {
        process.destroy();
        return awaitExit(limit);
    }

    /** SIGKILL to the service and every process it started that is still its child. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the process to end by itself; its exit code. */
    int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(
                    "instance on port " + port + " still running after " + limit + "; see " + log);
        }
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static File jar() {
        return new File(System.getProperty("keysmith.app.jar", "target/quarkus-app/quarkus-run.jar"));
    }
}
