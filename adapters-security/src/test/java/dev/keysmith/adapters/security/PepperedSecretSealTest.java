package dev.keysmith.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PepperedSecretSealTest {

    private static final String PEPPER = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final String SECRET = "pay_live_abcdefghijklmnopqrstuvwxyz0123456";

    private final PepperedSecretSeal seal = new PepperedSecretSeal(PEPPER);

    @Test
    void aSealedKeyOpensWithTheSamePepperAndDoesNotShowTheKey() {
        String sealed = seal.seal(SECRET);
        assertThat(sealed).doesNotContain("abcdefghij");
        assertThat(seal.open(sealed)).isEqualTo(SECRET);
        assertThat(new PepperedSecretSeal(PEPPER).open(sealed)).isEqualTo(SECRET);
    }

    @Test
    void everySealIsDifferent() {
        assertThat(seal.seal(SECRET)).isNotEqualTo(seal.seal(SECRET));
    }

    @Test
    void anotherPepperOrATamperedSealDoesNotOpen() {
        String sealed = seal.seal(SECRET);
        assertThatThrownBy(() -> new PepperedSecretSeal("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=").open(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(sealed);
        char last = sealed.charAt(10);
        String tampered = sealed.substring(0, 10) + (last == 'A' ? 'B' : 'A') + sealed.substring(11);
        assertThatThrownBy(() -> seal.open(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seal.open("not base64!")).isInstanceOf(IllegalStateException.class);
    }
}
