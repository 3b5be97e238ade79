package dev.keysmith.bootstrap.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A local SMS gateway for the tests: a real HTTP server that keeps what it is sent and can refuse on demand. */
public final class SmsSink {

    /** One request the gateway received. */
    public record Received(String body, String signature) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();

    private SmsSink(HttpServer server) {
        this.server = server;
        server.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean fail = failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            if (!fail) {
                synchronized (received) {
                    received.add(new Received(body, exchange.getRequestHeaders().getFirst("X-Keysmith-Signature")));
                    received.notifyAll();
                }
            }
            exchange.sendResponseHeaders(fail ? 500 : 202, -1);
            exchange.close();
        });
        server.start();
    }

    public static SmsSink start() {
        try {
            return new SmsSink(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    /** The next {@code count} requests are answered 500 and not kept. */
    public void failNext(int count) {
        failuresToAnswer.set(count);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /**
     * Waits until this number was sent {@code count} texts (by a worker on its own schedule), failing past the
     * limit; what was sent to it, oldest first.
     */
    public List<Received> awaitTo(String phone, int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (received) {
            while (to(phone).size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no SMS to " + phone + " within " + limit);
                }
                received.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
        return to(phone);
    }

    /** What was sent to this number, oldest first. */
    public List<Received> to(String phone) {
        return received.stream()
                .filter(r -> r.body().contains("\"to\":\"" + phone + "\""))
                .toList();
    }

    public void stop() {
        server.stop(0);
    }
}
