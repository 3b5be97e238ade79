package dev.keysmith.bootstrap.key;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys of a legacy system imported by plaintext or SHA-256: they verify by digest and live like any key. */
@QuarkusTest
class KeyImportTest {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A legacy key as another system makes them: its own prefix, then 40 base62 characters. */
    static String legacyKey() {
        return legacyKey("lgcy-", 40);
    }

    static String legacyKey(String prefix, int length) {
        StringBuilder key = new StringBuilder(prefix);
        for (int i = 0; i < length; i++) {
            key.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        return key.toString();
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Response importKey(KeyFixture f, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("product", f.product(), "name", "Legacy", "pin", Api.PIN));
        body.putAll(extra);
        return as(f.account().ownerToken()).body(body).post(f.keys() + "/import");
    }

    private static String verify(Api.Verifier verifier, KeyFixture f, String key) {
        return as(verifier.token())
                .body(Map.of("key", key, "product", f.product()))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    @Test
    void aLegacyKeyAndALegacySha256BothVerifyAndFollowTheLifecycle() throws Exception {
        KeyFixture f = KeyFixture.create();
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        String plain = legacyKey();
        String digested = legacyKey();

        Response bySecret = importKey(f, Map.of("secret", plain));
        bySecret.then().statusCode(201).body("$", not(hasKey("secret"))).body("status", equalTo("ACTIVE"));
        assertThat(bySecret.asString()).doesNotContain(plain);
        importKey(f, Map.of("sha256", sha256(digested).toUpperCase())).then().statusCode(201);

        assertThat(verify(verifier, f, plain)).isEqualTo("VALID");
        assertThat(verify(verifier, f, digested)).isEqualTo("VALID");
        assertThat(verify(verifier, f, legacyKey())).isEqualTo("NOT_FOUND");
        // a Keysmith-shaped key with a bad checksum is still refused without a lookup
        assertThat(verify(verifier, f, f.prefix() + "_live_" + "A".repeat(33))).isEqualTo("MALFORMED");

        String keyId = bySecret.path("id");
        as(f.account().ownerToken())
                .post(f.keys() + "/" + keyId + "/disable")
                .then()
                .statusCode(200);
        assertThat(verify(verifier, f, plain)).isEqualTo("DISABLED");
        as(f.account().ownerToken())
                .body(Map.of("pin", Api.PIN))
                .post(f.keys() + "/" + keyId + "/revoke")
                .then()
                .statusCode(200);
        assertThat(verify(verifier, f, plain)).isEqualTo("REVOKED");

        List<String> actions = as(f.account().ownerToken())
                .get("/v1/accounts/" + f.account().id() + "/audit-events?action=KEY_IMPORTED")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(actions).containsExactly("KEY_IMPORTED", "KEY_IMPORTED");
    }

    /** Keys shaped like other vendors' ({@code sk_live_} and 32 base62 characters) are legacy keys like any. */
    @Test
    void aKeyShapedLikeAnotherVendorsIsImportedAndVerifies() {
        KeyFixture f = KeyFixture.create();
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        String vendor = legacyKey("sk_live_", 32);

        importKey(f, Map.of("secret", vendor)).then().statusCode(201).body("$", not(hasKey("secret")));

        assertThat(verify(verifier, f, vendor)).isEqualTo("VALID");
        assertThat(verify(verifier, f, legacyKey("sk_live_", 32))).isEqualTo("NOT_FOUND");
    }

    @Test
    void weakSecretsAreRefusedClearlyAndACollisionIsAConflict() throws Exception {
        KeyFixture f = KeyFixture.create();
        importKey(f, Map.of("secret", "0123456789abcdef0123456789abcdef0123"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("secret"));
        importKey(f, Map.of("secret", "tooShort1A")).then().statusCode(400).body("errors[0].field", equalTo("secret"));
        importKey(f, Map.of("sha256", "abc")).then().statusCode(400).body("errors[0].field", equalTo("sha256"));
        String key = legacyKey();
        importKey(f, Map.of("secret", key, "sha256", sha256(key))).then().statusCode(400);

        importKey(f, Map.of("secret", key)).then().statusCode(201);
        importKey(f, Map.of("sha256", sha256(key))).then().statusCode(409).body("code", equalTo("KEY_ALREADY_EXISTS"));
    }
}
