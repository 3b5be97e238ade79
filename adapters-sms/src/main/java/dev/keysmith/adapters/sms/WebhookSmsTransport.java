package dev.keysmith.adapters.sms;

import dev.keysmith.application.port.out.DeliveryFailedException;
import dev.keysmith.application.port.out.SmsTransportPort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hands each SMS to the operator's gateway as {@code POST {"to": "+44…", "text": "…"}} (JSON), signed with
 * {@code X-Keysmith-Signature}: the hex HMAC-SHA-256 of the body under the webhook secret, when one is set. Only a
 * 2xx answer counts as accepted; anything else, a refused connection or silence past the timeout is a failed
 * attempt that the outbox retries. Failures name the status or the kind of error, never the number or the text.
 */
public class WebhookSmsTransport implements SmsTransportPort {

    public static final String SIGNATURE_HEADER = "X-Keysmith-Signature";

    private final URI url;
    private final Optional<String> secret;
    private final Duration timeout;
    private final HttpClient client;

    public WebhookSmsTransport(URI url, Optional<String> secret, Duration timeout) {
        if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("keysmith.sms.webhook-url must be an http or https URL");
        }
        this.url = url;
        this.secret = secret.filter(s -> !s.isEmpty());
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public void deliver(SmsMessage message) {
        String body = "{\"to\":" + json(message.to()) + ",\"text\":" + json(message.text()) + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        secret.ifPresent(key -> request.header(SIGNATURE_HEADER, signature(key, body)));
        HttpResponse<Void> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryFailedException(
                    "the SMS webhook could not be reached: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted while sending to the SMS webhook", e);
        }
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new DeliveryFailedException("the SMS webhook answered " + response.statusCode());
        }
    }

    /** The hex HMAC-SHA-256 of the body under the secret: what the gateway computes to trust the request. */
    public static String signature(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
        }
    }

    /** A JSON string: quotes, backslashes and every control character escaped. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Override
    public String toString() {
        return "WebhookSmsTransport[" + url.getScheme() + "://" + url.getHost() + ":" + url.getPort() + "]";
    }
}
