package dev.keysmith.domain.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.product.KeyPrefix;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeySecretTest {

    private static final KeyPrefix PAY = new KeyPrefix("pay");
    /** Bytes 0..19: a fixed, obviously fake key whose text pins the format (cross-checked with Python's zlib). */
    private static final String GOLDEN = "pay_live_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpw";

    private static final int HEAD = "pay_live_".length();

    private static byte[] sequentialBytes() {
        byte[] bytes = new byte[20];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    @Test
    void generatesPrefixEnvironmentRandomAndChecksum() {
        ApiKeySecret secret = ApiKeySecret.generate(PAY, KeyEnvironment.LIVE, sequentialBytes());

        assertThat(secret.reveal()).isEqualTo(GOLDEN);
        assertThat(secret.reveal()).matches("pay_live_[0-9A-Za-z]{33}");
    }

    @Test
    void keepsFixedWidthWhenTheRandomNumberIsSmall() {
        ApiKeySecret secret = ApiKeySecret.generate(new KeyPrefix("sms"), KeyEnvironment.TEST, new byte[20]);

        assertThat(secret.reveal()).isEqualTo("sms_test_" + "0".repeat(27) + "2MvMGi");
        assertThat(ParsedKey.parse(secret.reveal())).isPresent();
    }

    @Test
    void everyGeneratedKeyParsesBackToItsParts() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[20];
            random.nextBytes(bytes);
            KeyEnvironment environment = i % 2 == 0 ? KeyEnvironment.LIVE : KeyEnvironment.TEST;
            ApiKeySecret secret = ApiKeySecret.generate(new KeyPrefix("abcdefgh"), environment, bytes);

            ParsedKey parsed = ParsedKey.parse(secret.reveal()).orElseThrow();

            assertThat(parsed.keyPrefix()).isEqualTo(new KeyPrefix("abcdefgh"));
            assertThat(parsed.environment()).isEqualTo(environment);
            assertThat(parsed.secret()).isEqualTo(secret);
            assertThat(parsed.secret().reveal()).isEqualTo(secret.reveal());
        }
    }

    @Test
    void handlesTheLargestRandomNumber() {
        byte[] allOnes = new byte[20];
        Arrays.fill(allOnes, (byte) 0xFF);

        ApiKeySecret secret = ApiKeySecret.generate(PAY, KeyEnvironment.LIVE, allOnes);

        assertThat(secret.reveal()).hasSize(HEAD + 33);
        assertThat(ParsedKey.parse(secret.reveal())).isPresent();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 19, 21, 32})
    void needsExactlyTwentyRandomBytes(int length) {
        assertThatThrownBy(() -> ApiKeySecret.generate(PAY, KeyEnvironment.LIVE, new byte[length]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsPrefixEnvironmentAndBytes() {
        assertThatThrownBy(() -> ApiKeySecret.generate(null, KeyEnvironment.LIVE, new byte[20]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiKeySecret.generate(PAY, null, new byte[20]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiKeySecret.generate(PAY, KeyEnvironment.LIVE, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringNeverShowsTheSecret() {
        ApiKeySecret secret = ApiKeySecret.generate(PAY, KeyEnvironment.LIVE, sequentialBytes());
        ParsedKey parsed = ParsedKey.parse(GOLDEN).orElseThrow();
        String random = GOLDEN.substring(HEAD);

        assertThat(secret.toString()).isEqualTo("pay_live_[REDACTED]");
        assertThat(parsed.toString()).doesNotContain(random.substring(0, 8)).contains("[REDACTED]");
        assertThat(String.valueOf(secret)).doesNotContain(random.substring(10));
    }

    @Test
    void hintShowsHeadFirstFourRandomAndLastFourCharacters() {
        ApiKeySecret secret = ApiKeySecret.generate(PAY, KeyEnvironment.LIVE, sequentialBytes());

        assertThat(secret.hint()).isEqualTo(new KeyHint("pay_live_0029\u2026BOpw"));
        assertThat(secret.hint().keyPrefix()).isEqualTo(PAY);
        assertThat(secret.hint().environment()).isEqualTo(KeyEnvironment.LIVE);
    }

    @Test
    void secretsAreEqualByText() {
        ApiKeySecret one = ApiKeySecret.generate(PAY, KeyEnvironment.LIVE, sequentialBytes());
        ApiKeySecret same = ParsedKey.parse(GOLDEN).orElseThrow().secret();
        ApiKeySecret other = ApiKeySecret.generate(PAY, KeyEnvironment.LIVE, new byte[20]);

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pay_live_0029",
                "pay_live_0029\u2026BOp",
                "pay_prod_0029\u2026BOpw",
                "Pay_live_0029\u2026BOpw",
                "pay_live_0029...BOpw",
                "pay_live_00_9\u2026BOpw",
                "p_live_0029\u2026BOpw",
                " pay_live_0029\u2026BOpw"
            })
    void hintHasAFixedShape(String text) {
        assertThatThrownBy(() -> new KeyHint(text))
                .isInstanceOf(dev.keysmith.domain.shared.InvalidValueException.class);
    }

    @Test
    void parsesAWellFormedKey() {
        ParsedKey parsed = ParsedKey.parse(GOLDEN).orElseThrow();

        assertThat(parsed.keyPrefix()).isEqualTo(PAY);
        assertThat(parsed.environment()).isEqualTo(KeyEnvironment.LIVE);
        assertThat(parsed.secret().reveal()).isEqualTo(GOLDEN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "pay",
                "pay_live",
                "pay_live_",
                "_live_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpw",
                "p_live_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpw",
                "abcdefghi_live_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpw",
                "Pay_live_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpw",
                "pa1_live_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpw",
                "pay_prod_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpw",
                "pay_LIVE_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpw",
                "pay__0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpw",
                "pay_live_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOp",
                "pay_live_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpwx",
                "pay_live_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpw ",
                " pay_live_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpw",
                "pay_live_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOp-",
                "pay_live_0029sS3yqsuDyR1vGFhTuuRAq1b_oBOpw",
                "pay_live_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpä",
                "pay_live_live_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpw",
                "pay-live-0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpw",
                "pay_test_0029sS3yqsuDyR1vGFhTuuRAq1b1oBOpw0",
                "pay_live_000000000000000000000000000000000",
                "___",
            })
    void refusesAnythingThatIsNotAWellFormedKey(String candidate) {
        assertThat(ParsedKey.parse(candidate)).isEmpty();
    }

    @Test
    void refusesHugeInputBeforeLookingAtIt() {
        assertThat(ParsedKey.parse(GOLDEN + "_".repeat(100))).isEmpty();
        assertThat(ParsedKey.parse("x".repeat(10_000_000))).isEmpty();
        assertThat(ParsedKey.MAX_CANDIDATE_LENGTH).isEqualTo(100);
    }

    @Test
    void theChecksumCoversTheRandomPartOnly() {
        // Same random and checksum with another prefix or environment is still well-formed: the lookup decides.
        String body = GOLDEN.substring(HEAD);

        assertThat(ParsedKey.parse("sms_test_" + body)).isPresent();
    }

    @Test
    void canRefuseKeysOfAnotherDeployment() {
        String testKey = "pay_test_" + GOLDEN.substring(HEAD);

        assertThat(ParsedKey.parse(GOLDEN, KeyEnvironment.LIVE)).isPresent();
        assertThat(ParsedKey.parse(testKey, KeyEnvironment.LIVE)).isEmpty();
        assertThat(ParsedKey.parse(testKey, KeyEnvironment.TEST)).isPresent();
    }

    static IntStream bodyPositions() {
        return IntStream.range(HEAD, GOLDEN.length());
    }

    @ParameterizedTest(name = "position {0}")
    @MethodSource("bodyPositions")
    void refusesEverySingleMistypedCharacter(int position) {
        for (char replacement : Base62.ALPHABET.toCharArray()) {
            if (replacement == GOLDEN.charAt(position)) {
                continue;
            }
            String mistyped = GOLDEN.substring(0, position) + replacement + GOLDEN.substring(position + 1);

            assertThat(ParsedKey.parse(mistyped)).as(mistyped).isEmpty();
        }
    }

    @ParameterizedTest(name = "position {0}")
    @MethodSource("bodyPositions")
    void refusesSwappedNeighbours(int position) {
        if (position + 1 >= GOLDEN.length() || GOLDEN.charAt(position) == GOLDEN.charAt(position + 1)) {
            return;
        }
        String swapped = GOLDEN.substring(0, position)
                + GOLDEN.charAt(position + 1)
                + GOLDEN.charAt(position)
                + GOLDEN.substring(position + 2);

        assertThat(ParsedKey.parse(swapped)).as(swapped).isEmpty();
    }

    @ParameterizedTest(name = "position {0}")
    @MethodSource("bodyPositions")
    void refusesAMissingOrExtraCharacter(int position) {
        String missing = GOLDEN.substring(0, position) + GOLDEN.substring(position + 1);
        String extra = GOLDEN.substring(0, position) + "x" + GOLDEN.substring(position);

        assertThat(ParsedKey.parse(missing)).isEmpty();
        assertThat(ParsedKey.parse(extra)).isEmpty();
    }

    @Test
    void aParsedKeyHasAllItsParts() {
        assertThatThrownBy(() -> new ParsedKey(PAY, KeyEnvironment.LIVE, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
