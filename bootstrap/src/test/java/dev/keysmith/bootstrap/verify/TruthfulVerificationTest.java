package dev.keysmith.bootstrap.verify;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase;
import dev.keysmith.application.port.in.expiry.RunExpirySweepUseCase.RunSweepCommand;
import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import dev.keysmith.domain.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Verification answers that tell the truth (issue 11, SPEC §1 Revoke and Verification), over HTTP: dead keys say
 * REVOKED or EXPIRED with their id for as long as the row exists, a scope taken off the product is taken off its
 * keys, and an agency key serves only sub-accounts that may use the product themselves.
 */
@QuarkusTest
class TruthfulVerificationTest {

    @Inject
    RunExpirySweepUseCase sweeps;

    @Inject
    Clock clock;

    @AfterEach
    void backToRealTime() {
        ((TestClock) clock).reset();
    }

    private static JsonPath verify(Api.Verifier verifier, String key, String product, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("key", key, "product", product));
        body.putAll(extra);
        return as(verifier.token())
                .body(body)
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Polls until the answer is {@code expected}: the change reaches the snapshot through NOTIFY. */
    private static JsonPath awaitCode(
            Api.Verifier verifier, String key, String product, Map<String, Object> extra, String expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        JsonPath answer = verify(verifier, key, product, extra);
        while (!expected.equals(answer.getString("code")) && Instant.now().isBefore(deadline)) {
            answer = verify(verifier, key, product, extra);
        }
        return answer;
    }

    private static void assertDead(JsonPath answer, String code, String keyId) {
        assertThat(answer.getString("code")).isEqualTo(code);
        assertThat(answer.getBoolean("valid")).isFalse();
        assertThat(answer.getString("keyId")).isEqualTo(keyId);
        assertThat(answer.getMap("$"))
                .as("nothing else about the key or its owner")
                .containsOnlyKeys("valid", "code", "keyId");
    }

    @Test
    void revokedAndReplacedKeysSayRevokedWithTheirIdEvenAfterASweep() {
        KeyFixture f = KeyFixture.create();
        String owner = f.account().ownerToken();
        String[] revoked = f.key(null);
        String[] replaced = f.key(null);
        String[] inGrace = f.key(null);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());

        as(owner)
                .body(Map.of("pin", Api.PIN))
                .post(f.keys() + "/" + revoked[0] + "/revoke")
                .then()
                .statusCode(200);
        String successor = as(owner)
                .body(Map.of("pin", Api.PIN))
                .post(f.keys() + "/" + replaced[0] + "/regenerate")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
        as(owner)
                .body(Map.of("pin", Api.PIN, "gracePeriodSeconds", 60))
                .post(f.keys() + "/" + inGrace[0] + "/regenerate")
                .then()
                .statusCode(201);

        assertDead(awaitCode(verifier, revoked[1], f.product(), Map.of(), "REVOKED"), "REVOKED", revoked[0]);
        assertDead(awaitCode(verifier, replaced[1], f.product(), Map.of(), "REVOKED"), "REVOKED", replaced[0]);
        assertThat(verify(verifier, successor, f.product(), Map.of()).getString("code"))
                .isEqualTo("VALID");
        assertThat(verify(verifier, inGrace[1], f.product(), Map.of()).getString("code"))
                .isEqualTo("VALID");

        ((TestClock) clock).setAhead(Duration.ofMinutes(2));
        assertDead(verify(verifier, inGrace[1], f.product(), Map.of()), "REVOKED", inGrace[0]);
        sweeps.sweep(new RunSweepCommand(Caller.system()));

        for (String[] key : List.of(revoked, replaced, inGrace)) {
            assertDead(awaitCode(verifier, key[1], f.product(), Map.of(), "REVOKED"), "REVOKED", key[0]);
        }
    }

    @Test
    void expiredKeysSayExpiredWithTheirIdBeforeAndAfterTheSweep() {
        KeyFixture f = KeyFixture.create();
        String owner = f.account().ownerToken();
        String expiresAt = Instant.now()
                .plus(Duration.ofHours(1))
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        var dated = f.generate(owner, Map.of("expiresAt", expiresAt));
        dated.then().statusCode(201);
        String[] datedKey = {dated.path("id"), dated.path("secret")};
        String[] idle = f.key(null);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());

        ((TestClock) clock).setAhead(Duration.ofHours(2));
        assertDead(verify(verifier, datedKey[1], f.product(), Map.of()), "EXPIRED", datedKey[0]);
        sweeps.sweep(new RunSweepCommand(Caller.system()));
        assertDead(awaitCode(verifier, datedKey[1], f.product(), Map.of(), "EXPIRED"), "EXPIRED", datedKey[0]);

        ((TestClock) clock).setAhead(Duration.ofDays(91));
        sweeps.sweep(new RunSweepCommand(Caller.system()));
        as(owner)
                .get(f.keys() + "/" + idle[0])
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("EXPIRED"));
        assertDead(awaitCode(verifier, idle[1], f.product(), Map.of(), "EXPIRED"), "EXPIRED", idle[0]);
    }

    @Test
    void aScopeTakenOffTheProductNoLongerVerifiesOnItsKeys() {
        KeyFixture f = KeyFixture.create();
        var generated = f.generate(f.account().ownerToken(), Map.of("scopes", List.of("read", "write")));
        generated.then().statusCode(201);
        String secret = generated.path("secret");
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        assertThat(verify(verifier, secret, f.product(), Map.of("scopes", List.of("write")))
                        .getString("code"))
                .isEqualTo("VALID");

        as(f.operator())
                .body(Map.of("scopes", List.of("read", "delete"), "defaultScopes", List.of("read")))
                .patch("/v1/products/" + f.product())
                .then()
                .statusCode(200);

        assertThat(awaitCode(verifier, secret, f.product(), Map.of("scopes", List.of("write")), "INSUFFICIENT_SCOPE")
                        .getString("code"))
                .isEqualTo("INSUFFICIENT_SCOPE");
        JsonPath read = verify(verifier, secret, f.product(), Map.of("scopes", List.of("read")));
        assertThat(read.getString("code")).isEqualTo("VALID");
        assertThat(read.getList("scopes")).containsExactly("read");
    }

    @Test
    void anAgencyKeyServesASubAccountOnlyWhenItMayUseTheProductItself() {
        KeyFixture f = KeyFixture.create();
        Api.Account sub = Api.account(f.operator(), f.account().id());
        String[] agencyKey = f.key(null);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        Map<String, Object> forSub = Map.of("accountId", sub.id());

        assertThat(verify(verifier, agencyKey[1], f.product(), forSub).getString("code"))
                .isEqualTo("PRODUCT_NOT_ENABLED");
        assertThat(verify(
                                verifier,
                                agencyKey[1],
                                f.product(),
                                Map.of("accountId", f.account().id()))
                        .getString("code"))
                .as("the master itself")
                .isEqualTo("VALID");

        Api.enable(f.operator(), sub.id(), f.product());
        assertThat(awaitCode(verifier, agencyKey[1], f.product(), forSub, "VALID")
                        .getString("code"))
                .isEqualTo("VALID");

        as(f.operator())
                .delete("/v1/accounts/" + sub.id() + "/products/" + f.product())
                .then()
                .statusCode(200);
        assertThat(awaitCode(verifier, agencyKey[1], f.product(), forSub, "PRODUCT_NOT_ENABLED")
                        .getString("code"))
                .isEqualTo("PRODUCT_NOT_ENABLED");
        Api.enable(f.operator(), sub.id(), f.product());
        as(f.operator()).post("/v1/accounts/" + sub.id() + "/suspend").then().statusCode(200);
        assertThat(awaitCode(verifier, agencyKey[1], f.product(), forSub, "ACCOUNT_SUSPENDED")
                        .getString("code"))
                .isEqualTo("ACCOUNT_SUSPENDED");
    }
}
