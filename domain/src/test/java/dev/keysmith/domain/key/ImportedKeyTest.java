package dev.keysmith.domain.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ImportedKeyTest {

    private static final String LEGACY = "sk_9fQ2xLr7TbVz4KpW1mNc8YdHs3JgEa6U";
    // SHA-256 of LEGACY, as a customer's legacy system would have stored it
    private static final String LEGACY_SHA256 =
            ImportedKey.digestOfCandidate(LEGACY).substring(7);
    // Shaped like a Keysmith key (prefix, environment, a base62 body of 27 + 6 characters), checksum wrong.
    private static final String KEYSMITH_SHAPED = "pay_live_9fQ2xLr7TbVz4KpW1mNc8YdHs3JgEa6UQ";
    // Another vendor's key: its prefix and environment, then 32 base62 characters.
    private static final String VENDOR = "sk_live_4eC39HqLyjWDarjtT1zdp7dcA9f2Kx0B";

    @Test
    void aSecretAndItsSha256StoreTheSameDigestAsTheKeyPresentedLater() {
        assertThat(ImportedKey.digestOfSecret(LEGACY))
                .isEqualTo(ImportedKey.digestOfSha256(LEGACY_SHA256.toUpperCase()))
                .isEqualTo(ImportedKey.digestOfCandidate(LEGACY))
                .startsWith("sha256:")
                .hasSize(7 + 64);
    }

    @Test
    void weakOrOddSecretsAreRefusedNamingTheField() {
        for (String weak : new String[] {
            "short",
            "0123456789abcdef0123456789abcdef0123",
            "12345678901234567890123456789012",
            "has spaces in it ok ok ok ok ok ok"
        }) {
            assertThatThrownBy(() -> ImportedKey.digestOfSecret(weak))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("secret");
        }
        assertThatThrownBy(() -> ImportedKey.digestOfSecret(KEYSMITH_SHAPED))
                .hasMessageContaining("looks like a Keysmith key");
        assertThatThrownBy(() -> ImportedKey.digestOfSha256("abc"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("sha256");
    }

    @Test
    void keysmithShapedCandidatesAreNeverLookedUpAsLegacy() {
        assertThat(ImportedKey.mayBeLegacy(LEGACY)).isTrue();
        assertThat(ImportedKey.mayBeLegacy(KEYSMITH_SHAPED)).isFalse();
        assertThat(ImportedKey.mayBeLegacy("tooShort")).isFalse();
        assertThat(ImportedKey.mayBeLegacy(null)).isFalse();
    }

    @Test
    void anotherVendorsKeyWithAPrefixAndEnvironmentOfItsOwnIsImportedAndLookedUp() {
        assertThat(VENDOR).hasSize("sk_live_".length() + 32);
        assertThat(ImportedKey.looksLikeKeysmithKey(VENDOR)).isFalse();
        assertThat(ImportedKey.digestOfSecret(VENDOR)).isEqualTo(ImportedKey.digestOfCandidate(VENDOR));
        assertThat(ImportedKey.mayBeLegacy(VENDOR)).isTrue();
    }

    @Test
    void theHintCarriesTheProductPrefixAndNoPartOfTheSecret() {
        KeyHint hint = ImportedKey.hint(new KeyPrefix("pay"), KeyEnvironment.LIVE, ImportedKey.digestOfSecret(LEGACY));
        assertThat(hint.keyPrefix()).isEqualTo(new KeyPrefix("pay"));
        assertThat(hint.value()).startsWith("pay_live_" + LEGACY_SHA256.substring(0, 4));
    }
}
