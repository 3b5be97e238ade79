package dev.keysmith.adapters.sms;

import com.sun.net.httpserver.HttpServer;
import dev.keysmith.application.port.out.SmsTransportPort;
import dev.keysmith.application.port.out.SmsTransportPort.SmsMessage;
import dev.keysmith.application.port.out.contract.SmsTransportPortContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SMS transport's contract against both transports here: the files one writes, read back, and what a real
 * local HTTP gateway (the JDK's com.sun.net.httpserver on a free port) receives from the other.
 */
class SmsTransportsContractTest {

    @Nested
    class FileOutbox extends SmsTransportPortContractTest {
        @TempDir
        Path data;

        private Path outbox() {
            return data.resolve("sms-outbox");
        }

        @Override
        protected SmsTransportPort transport() {
            return new FileSmsTransport(outbox(), Clock.systemUTC());
        }

        @Override
        protected List<SmsMessage> delivered() {
            if (!Files.isDirectory(outbox())) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(outbox())) {
                return files.filter(f -> f.getFileName().toString().endsWith(".sms"))
                        .map(SmsTransportsContractTest::read)
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Where the directory should be, a file stands. */
        @Override
        protected SmsTransportPort unreachable() {
            try {
                Path blocked = Files.writeString(data.resolve("not-a-directory"), "x");
                return new FileSmsTransport(blocked.resolve("sms-outbox"), Clock.systemUTC());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Nested
    class Webhook extends SmsTransportPortContractTest {
        private static final Pattern BODY =
                Pattern.compile("\\{\"to\":\"((?:[^\"\\\\]|\\\\.)*)\",\"text\":\"((?:[^\"\\\\]|\\\\.)*)\"}");

        private HttpServer gateway;
        private final List<SmsMessage> received = new CopyOnWriteArrayList<>();

        @BeforeEach
        void startGateway() throws IOException {
            gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            gateway.createContext("/sms", exchange -> {
                Matcher body =
                        BODY.matcher(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                if (body.matches()) {
                    received.add(new SmsMessage(unescape(body.group(1)), unescape(body.group(2))));
                }
                exchange.sendResponseHeaders(body.matches() ? 202 : 400, -1);
                exchange.close();
            });
            gateway.start();
        }

        @AfterEach
        void stopGateway() {
            gateway.stop(0);
        }

        @Override
        protected SmsTransportPort transport() {
            return new WebhookSmsTransport(
                    URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms"),
                    Optional.of("a-webhook-secret"),
                    Duration.ofSeconds(5));
        }

        @Override
        protected List<SmsMessage> delivered() {
            return List.copyOf(received);
        }

        /** A port nothing listens on. */
        @Override
        protected SmsTransportPort unreachable() {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int closed = probe.getLocalPort();
                probe.close();
                return new WebhookSmsTransport(
                        URI.create("http://127.0.0.1:" + closed + "/sms"), Optional.empty(), Duration.ofSeconds(2));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A message file: {@code To:} line, blank line, the text and a final newline. */
    private static SmsMessage read(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int end = content.indexOf("\n\n");
            return new SmsMessage(
                    content.substring("To: ".length(), end), content.substring(end + 2, content.length() - 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON string's content, its escapes undone. */
    private static String unescape(String json) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = json.charAt(++i);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(escaped);
            }
        }
        return out.toString();
    }
}
