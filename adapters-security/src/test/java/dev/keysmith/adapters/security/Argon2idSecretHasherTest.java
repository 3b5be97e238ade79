package dev.keysmith.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2idSecretHasherTest {

    private final Argon2idSecretHasher hasher = new Argon2idSecretHasher();

    @Test
    void a_hash_matches_its_secret() {
        String stored = hasher.hash("correct horse battery staple");

        assertThat(hasher.matches("correct horse battery staple", stored)).isTrue();
    }

    @Test
    void a_hash_does_not_match_another_secret() {
        String stored = hasher.hash("482915");

        assertThat(hasher.matches("482916", stored)).isFalse();
        assertThat(hasher.matches("", stored)).isFalse();
    }

    @Test
    void two_hashes_of_one_secret_differ_by_their_salt() {
        String first = hasher.hash("482915");
        String second = hasher.hash("482915");

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("482915", first)).isTrue();
        assertThat(hasher.matches("482915", second)).isTrue();
    }

    @Test
    void the_stored_form_is_a_phc_string_with_the_owasp_parameters() {
        String stored = hasher.hash("482915");

        assertThat(stored).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        String[] parts = stored.split("\\$");
        assertThat(Base64.getDecoder().decode(parts[4])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[5])).hasSize(32);
        assertThat(stored).doesNotContain("482915");
    }

    @Test
    void the_hash_is_the_argon2_reference_implementation_s() {
        // Vectors from the reference implementation's tests (phc-winner-argon2): "password" salted with "somesalt".
        assertThat(hasher.matches(
                        "password",
                        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"))
                .isTrue();
        assertThat(hasher.matches(
                        "password",
                        "$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc"))
                .isTrue();
        assertThat(hasher.matches(
                        "password",
                        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"))
                .isTrue();
        assertThat(hasher.matches(
                        "passwore",
                        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"))
                .isFalse();
    }

    @Test
    void matching_reads_the_parameters_from_the_stored_hash() {
        String storedWithOlderParameters = new Argon2idSecretHasher(1024, 1, 1).hash("482915");

        assertThat(storedWithOlderParameters).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(hasher.matches("482915", storedWithOlderParameters)).isTrue();
        assertThat(hasher.matches("482916", storedWithOlderParameters)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "not a hash",
                "$argon2id$",
                "$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=16$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=19$m=256,t=2$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=19$m=256,t=0,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=19$m=256,t=2,p=0$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=19$m=4,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=19$m=999999999,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=19$m=256,t=99999,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/",
                "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQx$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR-uIPnA4rEsF5h7TKyQwu9U1bMCHGi_4",
                "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4$extra",
                "$argon2id$v=19$m=256,t=2,p=1$$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$"
            })
    void a_malformed_stored_hash_never_matches_and_never_throws(String stored) {
        assertThat(hasher.matches("password", stored)).isFalse();
    }

    @Test
    void a_missing_secret_never_matches() {
        String stored = hasher.hash("482915");

        assertThat(hasher.matches(null, stored)).isFalse();
    }

    @Test
    void a_secret_given_as_characters_hashes_like_its_string() {
        String stored = hasher.hash(new StringBuilder("pässwörd ✓"));

        assertThat(hasher.matches("pässwörd ✓", stored)).isTrue();
    }
}
