package dev.keysmith.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecureRandomTokensTest {

    private final SecureRandomTokens tokens = new SecureRandomTokens();

    @ParameterizedTest
    @CsvSource({"1, 2", "16, 22", "24, 32", "32, 43", "33, 44"})
    void a_token_is_url_safe_base64_without_padding_of_the_requested_bytes(int bytes, int length) {
        String token = tokens.newToken(bytes);

        assertThat(token).hasSize(length).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(bytes);
    }

    @Test
    void tokens_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(tokens.newToken(16));
        }

        assertThat(seen).hasSize(10_000);
    }

    @Test
    void tokens_use_the_whole_alphabet() {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            all.append(tokens.newToken(32));
        }

        assertThat(all.chars().distinct().count()).isEqualTo(64);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1025})
    void a_token_size_out_of_bounds_is_refused(int bytes) {
        assertThatThrownBy(() -> tokens.newToken(bytes)).isInstanceOf(IllegalArgumentException.class);
    }
}
