package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.KeyHasherPort;
import org.junit.jupiter.api.Test;

/** What every {@link KeyHasherPort} promises about its digests, stated once and run against each implementation. */
public abstract class KeyHasherPortContractTest {

    private static final String KEY = "ks_live_payments_4f9a2c7e1b8d3a6f";

    protected abstract KeyHasherPort hasher();

    @Test
    void theSameKeyAlwaysGivesTheSameDigest() {
        assertThat(hasher().hash(KEY)).isEqualTo(hasher().hash(KEY));
    }

    @Test
    void differentKeysGiveDifferentDigests() {
        KeyHasherPort hasher = hasher();

        assertThat(hasher.hash(KEY)).isNotEqualTo(hasher.hash(KEY + "x"));
        assertThat(hasher.hash("a")).isNotEqualTo(hasher.hash("b"));
    }

    @Test
    void aDigestIsLowercaseHexOfSha256LengthAndNeverContainsTheKey() {
        String digest = hasher().hash(KEY);

        assertThat(digest).matches("[0-9a-f]{64}").doesNotContain(KEY).doesNotContain("payments");
    }
}
