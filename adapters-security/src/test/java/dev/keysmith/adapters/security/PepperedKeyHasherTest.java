package dev.keysmith.adapters.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PepperedKeyHasherTest {

    private static final byte[] PEPPER = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String KEY = "pay_live_4Rk9ZtQm2bXc8VnLw3HyPa7Ds1Fg0Jk6Ue5Ti";

    @Test
    void the_hash_is_the_lowercase_hex_hmac_sha256_of_the_key_under_the_pepper() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(PEPPER, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(KEY.getBytes(StandardCharsets.UTF_8)));

        assertThat(new PepperedKeyHasher(PEPPER).hash(KEY)).isEqualTo(expected).matches("[0-9a-f]{64}");
    }

    @Test
    void the_hash_matches_rfc_4231_test_case_1() {
        byte[] key = new byte[20];
        Arrays.fill(key, (byte) 0x0b);

        assertThat(new PepperedKeyHasher(key).hash("Hi There"))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    }

    @Test
    void one_key_always_gives_one_hash_and_other_keys_or_peppers_give_others() {
        PepperedKeyHasher hasher = new PepperedKeyHasher(PEPPER);
        byte[] otherPepper = PEPPER.clone();
        otherPepper[0] ^= 1;

        assertThat(hasher.hash(KEY)).isEqualTo(hasher.hash(KEY));
        assertThat(hasher.hash(KEY + "x")).isNotEqualTo(hasher.hash(KEY));
        assertThat(new PepperedKeyHasher(otherPepper).hash(KEY)).isNotEqualTo(hasher.hash(KEY));
    }

    @Test
    void a_base64_pepper_is_used_as_the_bytes_it_encodes() {
        String configured = Base64.getEncoder().encodeToString(PEPPER);

        assertThat(new PepperedKeyHasher(configured).hash(KEY)).isEqualTo(new PepperedKeyHasher(PEPPER).hash(KEY));
    }

    @Test
    void a_url_safe_base64_pepper_is_used_as_the_bytes_it_encodes() {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) 0xfb);
        String configured = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        assertThat(configured).contains("-");
        assertThat(new PepperedKeyHasher(configured).hash(KEY)).isEqualTo(new PepperedKeyHasher(bytes).hash(KEY));
    }

    @Test
    void a_text_pepper_that_is_not_base64_is_used_as_its_utf8_bytes() {
        String configured = "a pepper phrase, not base64!";

        assertThat(new PepperedKeyHasher(configured).hash(KEY))
                .isEqualTo(new PepperedKeyHasher(configured.getBytes(StandardCharsets.UTF_8)).hash(KEY));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short-pepper", "c2hvcnQ=", "fifteen-bytes!!"})
    void a_pepper_under_16_bytes_is_refused_without_revealing_it(String configured) {
        assertThatThrownBy(() -> new PepperedKeyHasher(configured))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KEYSMITH_KEYS_PEPPER")
                .satisfies(e -> {
                    if (configured != null && !configured.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(configured);
                    }
                });
    }

    @Test
    void pepper_bytes_under_16_are_refused() {
        assertThatThrownBy(() -> new PepperedKeyHasher(new byte[15]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KEYSMITH_KEYS_PEPPER");
    }

    @Test
    void concurrent_callers_get_the_same_hashes() throws Exception {
        PepperedKeyHasher hasher = new PepperedKeyHasher(PEPPER);
        List<String> keys = IntStream.range(0, 200).mapToObj(i -> KEY + i).toList();
        List<String> expected = keys.stream().map(hasher::hash).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = IntStream.range(0, 8)
                    .mapToObj(run ->
                            pool.submit(() -> keys.stream().map(hasher::hash).toList()))
                    .toList();
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
