package dev.keysmith.adapters.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.keysmith.application.port.out.DeliveryFailedException;
import dev.keysmith.application.port.out.SmsTransportPort.SmsMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook transport against a real HTTP server on a free local port (the JDK's com.sun.net.httpserver). */
class WebhookSmsTransportTest {

    private record Received(String body, String signature, String contentType) {}

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    body,
                    exchange.getRequestHeaders().getFirst("X-Keysmith-Signature"),
                    exchange.getRequestHeaders().getFirst("Content-Type")));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
    }

    @Test
    void postsTheMessageAsJsonSignedWithTheSecret() {
        new WebhookSmsTransport(url(), Optional.of("webhook-secret"), Duration.ofSeconds(5))
                .deliver(new SmsMessage("+447700900123", "Your code: 123456 \"quoted\"\n"));

        assertThat(received).hasSize(1);
        Received sms = received.get(0);
        assertThat(sms.body()).isEqualTo("{\"to\":\"+447700900123\",\"text\":\"Your code: 123456 \\\"quoted\\\"\\n\"}");
        assertThat(sms.contentType()).startsWith("application/json");
        assertThat(sms.signature())
                .isEqualTo(WebhookSmsTransport.signature("webhook-secret", sms.body()))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void withoutASecretThereIsNoSignature() {
        new WebhookSmsTransport(url(), Optional.empty(), Duration.ofSeconds(5))
                .deliver(new SmsMessage("+447700900123", "hello"));
        assertThat(received.get(0).signature()).isNull();
    }

    @Test
    void anythingButA2xxIsAFailureNamingTheStatusNeverTheMessage() {
        status.set(500);
        WebhookSmsTransport sms = new WebhookSmsTransport(url(), Optional.empty(), Duration.ofSeconds(5));
        assertThatThrownBy(() -> sms.deliver(new SmsMessage("+447700900123", "Your code: 654321")))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessage("the SMS webhook answered 500")
                .hasMessageNotContaining("654321");
        status.set(202);
        sms.deliver(new SmsMessage("+447700900123", "Your code: 654321"));
        assertThat(received).hasSize(2);
    }

    @Test
    void aGatewayThatIsNotThereIsAFailure() throws IOException {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        WebhookSmsTransport sms = new WebhookSmsTransport(
                URI.create("http://127.0.0.1:" + closed + "/sms"), Optional.empty(), Duration.ofSeconds(2));
        assertThatThrownBy(() -> sms.deliver(new SmsMessage("+447700900123", "x")))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageStartingWith("the SMS webhook could not be reached");
    }
}
