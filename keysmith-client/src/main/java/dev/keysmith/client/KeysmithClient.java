package dev.keysmith.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies API keys with Keysmith for a product backend: {@code POST /v1/keys/verify} over one reused
 * {@link HttpClient}, with a verifier token obtained and renewed from the client credentials
 * ({@code POST /v1/auth/token}).
 *
 * <p>A VALID answer is remembered for at most {@link Builder#maxAge(Duration) maxAge} (default 1 s, the
 * service's own staleness bound), so a revoked key is refused within that time. Refusals are never remembered.
 * Entries are found by a SHA-256 digest of the request, never by the key itself, and the key is never logged.
 * Thread-safe; make one per process and share it.
 */
public final class KeysmithClient {

    /** The service's default staleness bound (KEYSMITH_VERIFICATION_MAX_STALENESS). */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(1);

    /** A token is renewed this long before it expires, so a request never leaves with one about to end. */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);

    private final URI verifyUri;
    private final URI tokenUri;
    private final String credentialsForm;
    private final HttpClient http;
    private final Duration timeout;
    private final Duration maxAge;
    private final int maxEntries;
    private final Clock clock;
    private final VerificationListener listener;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private volatile Token token;

    private KeysmithClient(Builder builder) {
        String base = builder.baseUri.toString().replaceAll("/+$", "");
        this.verifyUri = URI.create(base + "/v1/keys/verify");
        this.tokenUri = URI.create(base + "/v1/auth/token");
        this.credentialsForm = "grant_type=client_credentials&client_id=" + form(builder.clientId) + "&client_secret="
                + form(builder.clientSecret);
        this.http = builder.http != null
                ? builder.http
                : HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(builder.timeout)
                        .build();
        this.timeout = builder.timeout;
        this.maxAge = builder.maxAge;
        this.maxEntries = builder.maxEntries;
        this.clock = builder.clock;
        this.listener = builder.listener;
    }

    public static Builder builder(URI baseUri, String clientId, String clientSecret) {
        return new Builder(baseUri, clientId, clientSecret);
    }

    /** Verifies a key for a product. */
    public Verification verify(String key, String product) {
        return verify(VerifyRequest.of(key, product));
    }

    /**
     * Keysmith's answer for this request, from the cache when a VALID answer for the same request is younger than
     * the max age.
     *
     * @throws KeysmithClientException when no answer could be had (unreachable, credentials refused, bad request)
     */
    public Verification verify(VerifyRequest request) {
        long started = System.nanoTime();
        String digest = maxAge.isZero() ? null : digest(request);
        Instant now = clock.instant();
        if (digest != null) {
            Remembered known = remembered.get(digest);
            if (known != null && now.isBefore(known.until())) {
                listener.verified(known.answer().code(), true, Duration.ofNanos(System.nanoTime() - started));
                return known.answer();
            }
        }
        try {
            Verification answer = ask(request);
            if (digest != null) {
                if (answer.valid()) {
                    remember(digest, new Remembered(answer, now.plus(maxAge)), now);
                } else {
                    remembered.remove(digest);
                }
            }
            listener.verified(answer.code(), false, Duration.ofNanos(System.nanoTime() - started));
            return answer;
        } catch (KeysmithClientException error) {
            listener.failed(error, Duration.ofNanos(System.nanoTime() - started));
            throw error;
        }
    }

    private Verification ask(VerifyRequest request) {
        String body = request.toJson();
        Token current = currentToken();
        HttpResponse<String> response = send(verifyRequest(body, current));
        if (response.statusCode() == 401) {
            // The token was ended (a secret roll, a restart with new keys): one more try with a new one.
            response = send(verifyRequest(body, renewToken(current)));
        }
        if (response.statusCode() != 200) {
            throw refused("verification", response);
        }
        try {
            return Verification.fromJson(response.body());
        } catch (RuntimeException notAnAnswer) {
            throw new KeysmithClientException("unexpected verification answer", 200, null, notAnAnswer);
        }
    }

    private HttpRequest verifyRequest(String body, Token current) {
        return HttpRequest.newBuilder(verifyUri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + current.value())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private Token currentToken() {
        Token current = token;
        if (current != null && clock.instant().isBefore(current.renewAt())) {
            return current;
        }
        return renewToken(current);
    }

    private synchronized Token renewToken(Token stale) {
        if (token != stale && token != null && clock.instant().isBefore(token.renewAt())) {
            return token; // another thread renewed it meanwhile
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(tokenUri)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(credentialsForm))
                .build());
        if (response.statusCode() != 200) {
            throw refused("token", response);
        }
        Token fresh;
        try {
            Map<?, ?> answer = (Map<?, ?>) Json.parse(response.body());
            long lifetime = ((Number) answer.get("expires_in")).longValue();
            Duration early = RENEW_BEFORE.compareTo(Duration.ofSeconds(lifetime / 2)) < 0
                    ? RENEW_BEFORE
                    : Duration.ofSeconds(lifetime / 2);
            fresh = new Token(
                    Objects.requireNonNull((String) answer.get("access_token")),
                    clock.instant().plusSeconds(lifetime).minus(early));
        } catch (RuntimeException notAToken) {
            throw new KeysmithClientException("unexpected token answer", 200, null, notAToken);
        }
        token = fresh;
        listener.tokenRenewed();
        return fresh;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException unreachable) {
            throw new KeysmithClientException("Keysmith could not be reached", 0, null, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new KeysmithClientException("interrupted", 0, null, interrupted);
        }
    }

    private void remember(String digest, Remembered answer, Instant now) {
        if (remembered.size() >= maxEntries) {
            remembered.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (remembered.size() >= maxEntries) {
                remembered.clear(); // all young: start over rather than keep a list of ages
            }
        }
        remembered.put(digest, answer);
    }

    /** The cache's name for a request: a digest of every field that decides the answer, never the key itself. */
    private static String digest(VerifyRequest request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return Base64.getEncoder()
                    .encodeToString(sha256.digest(request.toJson().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    private static KeysmithClientException refused(String what, HttpResponse<String> response) {
        String code = null;
        try {
            if (Json.parse(response.body()) instanceof Map<?, ?> problem && problem.get("code") instanceof String c) {
                code = c;
            }
        } catch (RuntimeException notAProblemDocument) {
            // the status says enough
        }
        return new KeysmithClientException(
                what + " refused with status " + response.statusCode() + (code == null ? "" : " (" + code + ")"),
                response.statusCode(),
                code,
                null);
    }

    private static String form(String value) {
        return URLEncoder.encode(Objects.requireNonNull(value), StandardCharsets.UTF_8);
    }

    private record Remembered(Verification answer, Instant until) {}

    private record Token(String value, Instant renewAt) {
        @Override
        public String toString() {
            return "Token[redacted]";
        }
    }

    /** The client's settings; only the service's address and the verifier client's credentials are required. */
    public static final class Builder {

        private final URI baseUri;
        private final String clientId;
        private final String clientSecret;
        private Duration maxAge = DEFAULT_MAX_AGE;
        private int maxEntries = 10_000;
        private Duration timeout = Duration.ofSeconds(2);
        private Clock clock = Clock.systemUTC();
        private VerificationListener listener = VerificationListener.NONE;
        private HttpClient http;

        private Builder(URI baseUri, String clientId, String clientSecret) {
            this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
        }

        /**
         * How long a VALID answer may be reused; zero turns the cache off. Keep it at or below the service's
         * staleness bound, or a revoked key stays valid here for longer than it does there.
         */
        public Builder maxAge(Duration age) {
            if (age.isNegative()) {
                throw new IllegalArgumentException("maxAge must not be negative");
            }
            this.maxAge = age;
            return this;
        }

        /** How many answers the cache holds at most (default 10,000). */
        public Builder maxEntries(int entries) {
            if (entries < 1) {
                throw new IllegalArgumentException("maxEntries must be positive");
            }
            this.maxEntries = entries;
            return this;
        }

        /** How long one request may take (default 2 s). */
        public Builder timeout(Duration requestTimeout) {
            this.timeout = Objects.requireNonNull(requestTimeout);
            return this;
        }

        public Builder listener(VerificationListener metrics) {
            this.listener = Objects.requireNonNull(metrics);
            return this;
        }

        /** The clock the cache and the token's lifetime are measured with (tests move it). */
        public Builder clock(Clock time) {
            this.clock = Objects.requireNonNull(time);
            return this;
        }

        /** An own HttpClient (proxy, TLS settings); the default speaks HTTP/1.1 and keeps connections open. */
        public Builder httpClient(HttpClient client) {
            this.http = Objects.requireNonNull(client);
            return this;
        }

        public KeysmithClient build() {
            return new KeysmithClient(this);
        }
    }
}
