package dev.keysmith.bootstrap.verify;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.verify.BoundedQueries;
import dev.keysmith.adapters.persistence.verify.KeySnapshotCache;
import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import dev.keysmith.domain.key.Base62;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Unknown keys are answered from the filter of stored digests while it is current, without any database statement
 * (every read of the verification snapshot goes through {@link BoundedQueries}, which counts them); keys this
 * instance just stored and dead keys are never rejected by it.
 */
@QuarkusTest
class UnknownKeyTest {

    private static final int UNKNOWN_KEYS = 200;

    @Inject
    KeySnapshotCache snapshot;

    @Inject
    BoundedQueries database;

    /** The filter loads when the change listener connects; until then lookups go to the database. */
    @BeforeEach
    void filterLoaded() {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!snapshot.filterInUse()) {
            assertThat(Instant.now()).as("the filter never loaded").isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    private static String verify(String token, String key, String product) {
        return as(token)
                .body(Map.of("key", key, "product", product))
                .post("/v1/keys/verify")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
    }

    /** A well-formed key nobody holds: a random part with its CRC32 checksum in base62, as keys are built. */
    private static String unknownKey(String validKey, Random random) {
        String prefix = validKey.substring(0, validKey.lastIndexOf('_') + 1);
        StringBuilder randomPart = new StringBuilder();
        for (int i = 0; i < validKey.length() - prefix.length() - 6; i++) {
            randomPart.append(Base62.ALPHABET.charAt(random.nextInt(62)));
        }
        CRC32 crc = new CRC32();
        crc.update(randomPart.toString().getBytes(StandardCharsets.US_ASCII));
        return prefix + randomPart + Base62.encode(crc.getValue(), 6);
    }

    @Test
    void unknownKeysWithAValidChecksumAreNotFoundWithoutALookup() {
        KeyFixture f = KeyFixture.create();
        String[] key = f.key(null);
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        assertThat(verify(verifier.token(), key[1], f.product())).isEqualTo("VALID");
        Random random = new Random(17);
        assertThat(verify(verifier.token(), unknownKey(key[1], random), f.product()))
                .as("the checksum is right, so the key reaches the snapshot")
                .isEqualTo("NOT_FOUND");

        long statements = database.calls();
        long rejections = snapshot.filterRejections();
        for (int i = 0; i < UNKNOWN_KEYS; i++) {
            assertThat(verify(verifier.token(), unknownKey(key[1], random), f.product()))
                    .isEqualTo("NOT_FOUND");
        }

        assertThat(snapshot.filterRejections() - rejections).isEqualTo(UNKNOWN_KEYS);
        assertThat(database.calls() - statements)
                .as("no statement at all: the filter is current, so it answers alone")
                .isZero();
    }

    @Test
    void aKeyJustGeneratedIsValidAtOnceAndARevokedKeyIsRevoked() {
        KeyFixture f = KeyFixture.create();
        Api.Verifier verifier = Api.verifier(f.operator(), f.product());
        for (int round = 0; round < 10; round++) {
            String[] key = f.key(null);
            assertThat(verify(verifier.token(), key[1], f.product()))
                    .as("round %d, right after generate", round)
                    .isEqualTo("VALID");
        }

        String[] revoked = f.key(null);
        as(f.account().ownerToken())
                .body(Map.of("pin", Api.PIN))
                .post(f.keys() + "/" + revoked[0] + "/revoke")
                .then()
                .statusCode(200);
        assertThat(verify(verifier.token(), revoked[1], f.product())).isEqualTo("REVOKED");
        assertThat(snapshot.filterInUse()).isTrue();
    }
}
