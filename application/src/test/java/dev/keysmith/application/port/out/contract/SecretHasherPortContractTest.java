package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.SecretHasherPort;
import org.junit.jupiter.api.Test;

/** What every {@link SecretHasherPort} promises about the hashes it makes, stated once and run against each. */
public abstract class SecretHasherPortContractTest {

    private static final String SECRET = "correct horse battery staple";

    protected abstract SecretHasherPort hasher();

    @Test
    void aHashMatchesTheSecretItWasMadeFromAndNoOther() {
        SecretHasherPort hasher = hasher();
        String hash = hasher.hash(SECRET);

        assertThat(hasher.matches(SECRET, hash)).isTrue();
        assertThat(hasher.matches(SECRET + "!", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void twoHashesOfTheSameSecretDifferAndBothMatchIt() {
        SecretHasherPort hasher = hasher();
        String first = hasher.hash(SECRET);
        String second = hasher.hash(SECRET);

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches(SECRET, first)).isTrue();
        assertThat(hasher.matches(SECRET, second)).isTrue();
    }

    @Test
    void aHashNeverContainsTheSecret() {
        assertThat(hasher().hash(SECRET)).doesNotContain(SECRET).doesNotContain("horse");
    }

    @Test
    void aMissingOrForeignStoredValueMatchesNothing() {
        SecretHasherPort hasher = hasher();

        assertThat(hasher.matches(SECRET, null)).isFalse();
        assertThat(hasher.matches(SECRET, "")).isFalse();
        assertThat(hasher.matches(SECRET, SECRET)).isFalse();
    }
}
