package dev.keysmith.bootstrap.verify;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import dev.keysmith.client.KeysmithClient;
import dev.keysmith.client.Verification;
import dev.keysmith.client.VerificationListener;
import dev.keysmith.domain.testing.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The client library product backends embed, against the running app: its cache ends with its max age. */
@QuarkusTest
class KeysmithClientTest {

    /** The token grant checks the client secret with a slow hash, which takes seconds on a busy test machine. */
    private static final Duration PATIENT = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    URI app;

    @Test
    void aKeyIsValidThenRevokedOnceTheRememberedAnswerIsOlderThanTheMaxAge() {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        TestClock clock = TestClock.at(Instant.now());
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger cached = new AtomicInteger();
        KeysmithClient client = KeysmithClient.builder(app, verifier.clientId(), verifier.secret())
                .maxAge(Duration.ofSeconds(1))
                .timeout(PATIENT)
                .clock(clock)
                .listener(new VerificationListener() {
                    @Override
                    public void verified(String code, boolean cacheHit, Duration latency) {
                        (cacheHit ? cached : asked).incrementAndGet();
                    }
                })
                .build();

        Verification valid = client.verify(key[1], f.product());
        assertThat(valid.valid()).isTrue();
        assertThat(valid.code()).isEqualTo("VALID");
        assertThat(valid.keyId()).isEqualTo(key[0]);
        assertThat(valid.accountId()).isEqualTo(f.account().id());

        as(f.account().ownerToken())
                .body(Map.of("pin", Api.PIN))
                .post(f.keys() + "/" + key[0] + "/revoke")
                .then()
                .statusCode(200);
        clock.advance(Duration.ofMillis(500));
        assertThat(client.verify(key[1], f.product()).code())
                .as("within the max age the remembered answer stands")
                .isEqualTo("VALID");

        clock.advance(Duration.ofMillis(500));
        Verification revoked = client.verify(key[1], f.product());
        assertThat(revoked.valid()).isFalse();
        assertThat(revoked.code()).isEqualTo("REVOKED");
        assertThat(revoked.keyId()).isEqualTo(key[0]);
        assertThat(asked).hasValue(2);
        assertThat(cached).hasValue(1);
    }

    @Test
    void refusalsComeFromTheServiceEveryTime() {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        AtomicInteger asked = new AtomicInteger();
        KeysmithClient client = KeysmithClient.builder(app, verifier.clientId(), verifier.secret())
                .timeout(PATIENT)
                .listener(new VerificationListener() {
                    @Override
                    public void verified(String code, boolean cacheHit, Duration latency) {
                        if (!cacheHit) {
                            asked.incrementAndGet();
                        }
                    }
                })
                .build();
        String malformed = key[1].substring(0, key[1].length() - 1) + (key[1].endsWith("x") ? "y" : "x");

        assertThat(client.verify(malformed, f.product()).code()).isEqualTo("MALFORMED");
        assertThat(client.verify(malformed, f.product()).code()).isEqualTo("MALFORMED");
        assertThat(asked).hasValue(2);
    }
}
