package dev.keysmith.bootstrap.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With an OTLP endpoint configured, a request's server span reaches the receiver, in the trace the caller's
 * {@code traceparent} named (issue 15). The receiver is a local HTTP server standing in for a collector.
 */
@QuarkusTest
@TestProfile(RequestSpansTest.ExportingToALocalReceiver.class)
class RequestSpansTest {

    private static final String PORT = "keysmith.test.otlp-receiver-port";

    /** Picks the receiver's free port before the service starts; the test listens on it. */
    public static class ExportingToALocalReceiver implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            if (System.getProperty(PORT) == null) { // asked more than once: keep the first port
                try (ServerSocket socket = new ServerSocket(0)) {
                    System.setProperty(PORT, String.valueOf(socket.getLocalPort()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return Map.of("keysmith.otel.exporter-endpoint", "http://localhost:" + System.getProperty(PORT));
        }
    }

    @Test
    void aRequestsServerSpanIsExportedInTheCallersTrace() throws Exception {
        BlockingQueue<byte[]> exports = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", Integer.getInteger(PORT)), 0);
        receiver.createContext("/v1/traces", exchange -> {
            exports.add(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
            given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                    .get("/v1/operators")
                    .then()
                    .statusCode(401);

            byte[] traceIdBytes = HexFormat.of().parseHex(traceId);
            byte[] export;
            do {
                export = exports.poll(60, TimeUnit.SECONDS); // the batch goes out within seconds of the span's end
                assertThat(export).as("an export to the receiver").isNotNull();
            } while (!contains(export, traceIdBytes));
            assertThat(new String(export, StandardCharsets.ISO_8859_1)).contains("/v1/operators", "keysmith");
        } finally {
            receiver.stop(0);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
