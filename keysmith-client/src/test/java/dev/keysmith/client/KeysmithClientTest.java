package dev.keysmith.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a stand-in for Keysmith's two endpoints, on the JDK's own HTTP server and a free port. */
class KeysmithClientTest {

    private static final String KEY = "pay_live_4Fh2kLp9QzR8sT1vW3xY5bN7cM0dJ6aE2gH";
    private static final String VALID = """
            {"accountId":"a1","code":"VALID","expiresAt":"2027-01-01T00:00:00Z","keyId":"k1","name":"Checkout",\
            "product":"payments","scopes":["read","write"],"valid":true}""";
    private static final String REVOKED = "{\"code\":\"REVOKED\",\"keyId\":\"k1\",\"valid\":false}";

    private HttpServer server;
    private final AtomicReference<String> answer = new AtomicReference<>(VALID);
    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicInteger tokenLifetime = new AtomicInteger(900);
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> tokenForms = new CopyOnWriteArrayList<>();
    private final List<Integer> remotePorts = new CopyOnWriteArrayList<>();
    private volatile String acceptedToken;
    private volatile boolean refuseEveryToken;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T10:00:00Z"));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/auth/token", exchange -> {
            tokenForms.add(read(exchange));
            acceptedToken = "token-" + tokensIssued.incrementAndGet();
            respond(
                    exchange,
                    200,
                    "{\"access_token\":\"" + acceptedToken + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                            + tokenLifetime.get() + "}");
        });
        server.createContext("/v1/keys/verify", exchange -> {
            bodies.add(read(exchange));
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(authorization);
            remotePorts.add(exchange.getRemoteAddress().getPort());
            if (refuseEveryToken || !("Bearer " + acceptedToken).equals(authorization)) {
                respond(exchange, 401, "{\"status\":401,\"code\":\"UNAUTHENTICATED\"}");
                return;
            }
            verifications.incrementAndGet();
            respond(exchange, 200, answer.get());
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void verifiesWithATokenFromTheClientCredentials() {
        Verification verification = client(Duration.ZERO).verify(KEY, "payments");

        assertThat(verification.valid()).isTrue();
        assertThat(verification.code()).isEqualTo("VALID");
        assertThat(verification.keyId()).isEqualTo("k1");
        assertThat(verification.accountId()).isEqualTo("a1");
        assertThat(verification.scopes()).containsExactly("read", "write");
        assertThat(verification.expiresAt()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(tokenForms)
                .containsExactly("grant_type=client_credentials&client_id=backend-1&client_secret=s%26cret%3D");
        assertThat(authorizations).containsExactly("Bearer token-1");
        assertThat(bodies).containsExactly("{\"key\":\"" + KEY + "\",\"product\":\"payments\"}");
    }

    @Test
    void sendsTheOptionalFieldsOnlyWhenGiven() {
        client(Duration.ZERO)
                .verify(VerifyRequest.of(KEY, "payments")
                        .withClientIp("203.0.113.9")
                        .withScopes(List.of("read", "wri\"te"))
                        .forAccount("a2"));

        assertThat(bodies)
                .containsExactly("{\"key\":\"" + KEY + "\",\"product\":\"payments\",\"clientIp\":\"203.0.113.9\","
                        + "\"scopes\":[\"read\",\"wri\\\"te\"],\"accountId\":\"a2\"}");
    }

    @Test
    void reusesOneConnectionAndOneToken() {
        KeysmithClient client = client(Duration.ZERO);

        for (int i = 0; i < 5; i++) {
            client.verify(KEY, "payments");
        }

        assertThat(verifications).hasValue(5);
        assertThat(tokensIssued).hasValue(1);
        assertThat(remotePorts).hasSize(5).containsOnly(remotePorts.get(0));
    }

    @Test
    void remembersAValidAnswerForTheMaxAgeOnly() {
        KeysmithClient client = client(Duration.ofSeconds(1));
        client.verify(KEY, "payments");
        answer.set(REVOKED);

        clock.advance(Duration.ofMillis(999));
        assertThat(client.verify(KEY, "payments").code()).isEqualTo("VALID");
        assertThat(verifications).hasValue(1);

        clock.advance(Duration.ofMillis(1));
        Verification after = client.verify(KEY, "payments");
        assertThat(after.valid()).isFalse();
        assertThat(after.code()).isEqualTo("REVOKED");
        assertThat(after.keyId()).isEqualTo("k1");
        assertThat(after.accountId()).isNull();
        assertThat(verifications).hasValue(2);
    }

    @Test
    void neverRemembersARefusal() {
        answer.set(REVOKED);
        KeysmithClient client = client(Duration.ofSeconds(1));

        client.verify(KEY, "payments");
        client.verify(KEY, "payments");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void aDifferentRequestForTheSameKeyIsNotAnsweredFromTheCache() {
        KeysmithClient client = client(Duration.ofSeconds(1));

        client.verify(KEY, "payments");
        client.verify(VerifyRequest.of(KEY, "payments").withScopes(List.of("admin")));
        client.verify(VerifyRequest.of(KEY, "payments").withClientIp("198.51.100.1"));

        assertThat(verifications).hasValue(3);
    }

    @Test
    void renewsTheTokenBeforeItEnds() {
        tokenLifetime.set(60);
        KeysmithClient client = client(Duration.ZERO);
        client.verify(KEY, "payments");

        clock.advance(Duration.ofSeconds(29));
        client.verify(KEY, "payments");
        assertThat(tokensIssued).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        client.verify(KEY, "payments");
        assertThat(tokensIssued).hasValue(2);
        assertThat(authorizations).last().isEqualTo("Bearer token-2");
    }

    @Test
    void aRefusedTokenIsRenewedOnceAndTheVerificationRetried() {
        KeysmithClient client = client(Duration.ZERO);
        client.verify(KEY, "payments");
        acceptedToken = "ended-by-a-secret-roll";

        assertThat(client.verify(KEY, "payments").valid()).isTrue();
        assertThat(tokensIssued).hasValue(2);
        assertThat(authorizations).containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-2");
    }

    @Test
    void aClientTheServiceKeepsRefusingGetsAnErrorAfterOneRetry() {
        refuseEveryToken = true;
        KeysmithClient client = client(Duration.ZERO);

        assertThatThrownBy(() -> client.verify(KEY, "payments"))
                .isInstanceOf(KeysmithClientException.class)
                .satisfies(error -> {
                    assertThat(((KeysmithClientException) error).status()).isEqualTo(401);
                    assertThat(((KeysmithClientException) error).code()).isEqualTo("UNAUTHENTICATED");
                });
        assertThat(tokensIssued).hasValue(2);
        assertThat(authorizations).hasSize(2);
    }

    @Test
    void reportsVerificationsCacheHitsAndLatencyToTheListener() {
        List<String> events = new CopyOnWriteArrayList<>();
        List<Duration> latencies = new CopyOnWriteArrayList<>();
        KeysmithClient client = KeysmithClient.builder(base(), "backend-1", "s&cret=")
                .clock(clock)
                .listener(new VerificationListener() {
                    @Override
                    public void verified(String code, boolean cacheHit, Duration latency) {
                        events.add(code + (cacheHit ? " cached" : " asked"));
                        latencies.add(latency);
                    }

                    @Override
                    public void tokenRenewed() {
                        events.add("token");
                    }
                })
                .build();

        client.verify(KEY, "payments");
        client.verify(KEY, "payments");

        assertThat(events).containsExactly("token", "VALID asked", "VALID cached");
        assertThat(latencies).allSatisfy(latency -> assertThat(latency).isPositive());
    }

    @Test
    void anUnreachableServiceIsAnErrorReportedToTheListener() {
        AtomicInteger failures = new AtomicInteger();
        server.stop(0);
        KeysmithClient client = KeysmithClient.builder(base(), "backend-1", "secret")
                .timeout(Duration.ofSeconds(1))
                .listener(new VerificationListener() {
                    @Override
                    public void failed(KeysmithClientException error, Duration latency) {
                        failures.incrementAndGet();
                    }
                })
                .build();

        assertThatThrownBy(() -> client.verify(KEY, "payments"))
                .isInstanceOf(KeysmithClientException.class)
                .hasMessageNotContaining(KEY);
        assertThat(failures).hasValue(1);
    }

    @Test
    void theKeyNeverShowsInTheRequestsDescription() {
        assertThat(VerifyRequest.of(KEY, "payments").toString()).doesNotContain(KEY);
    }

    private KeysmithClient client(Duration maxAge) {
        return KeysmithClient.builder(base(), "backend-1", "s&cret=")
                .maxAge(maxAge)
                .clock(clock)
                .build();
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static String read(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
