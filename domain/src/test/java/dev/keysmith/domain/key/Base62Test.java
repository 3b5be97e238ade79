package dev.keysmith.domain.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base62Test {

    @Test
    void alphabetIsDigitsThenUpperThenLowerCase() {
        assertThat(Base62.ALPHABET).hasSize(62).startsWith("0123456789AB").endsWith("yz");
        assertThat(Base62.ALPHABET.chars().distinct().count()).isEqualTo(62);
    }

    @Test
    void encodesPlaceValuesWithLeadingZeros() {
        assertThat(Base62.encode(BigInteger.ZERO, 3)).isEqualTo("000");
        assertThat(Base62.encode(BigInteger.valueOf(61), 3)).isEqualTo("00z");
        assertThat(Base62.encode(BigInteger.valueOf(62), 3)).isEqualTo("010");
        assertThat(Base62.encode(BigInteger.valueOf(62 * 62 - 1), 2)).isEqualTo("zz");
        assertThat(Base62.encode(10L, 1)).isEqualTo("A");
        assertThat(Base62.encode(36L, 1)).isEqualTo("a");
    }

    @Test
    void readsBytesAsAnUnsignedBigEndianNumber() {
        assertThat(Base62.encode(new byte[] {0x01, 0x00}, 2)).isEqualTo("48"); // 256 = 4 * 62 + 8
        assertThat(Base62.encode(new byte[] {(byte) 0xFF}, 2)).isEqualTo("47"); // 255 = 4 * 62 + 7
    }

    @Test
    void twentySevenCharactersHoldAnyHundredSixtyBits() {
        byte[] allOnes = new byte[20];
        Arrays.fill(allOnes, (byte) 0xFF);

        assertThat(Base62.encode(allOnes, 27)).hasSize(27);
        assertThat(Base62.encode(new byte[20], 27)).isEqualTo("0".repeat(27));
    }

    @Test
    void sixCharactersHoldAnyCrc32() {
        assertThat(Base62.encode(0xFFFF_FFFFL, 6)).hasSize(6);
    }

    @Test
    void aLongEncodesAsTheSameNumberDoesInFull() {
        Random random = new Random(62);
        long[] edges = {0, 1, 61, 62, 63, 3843, 3844, 0xFFFF_FFFFL, 56_800_235_583L, Long.MAX_VALUE};
        for (long value : edges) {
            assertThat(Base62.encode(value, 11)).isEqualTo(Base62.encode(BigInteger.valueOf(value), 11));
        }
        for (int i = 0; i < 10_000; i++) {
            long crc = random.nextLong() & 0xFFFF_FFFFL;
            assertThat(Base62.encode(crc, 6)).isEqualTo(Base62.encode(BigInteger.valueOf(crc), 6));
        }
        assertThatThrownBy(() -> Base62.encode(56_800_235_584L, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base62.encode(-1L, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base62.encode(1L, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesValuesThatDoNotFitTheWidth() {
        assertThatThrownBy(() -> Base62.encode(BigInteger.valueOf(62), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base62.encode(BigInteger.ONE.shiftLeft(161), 27))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNegativesNullsAndNonPositiveWidths() {
        assertThatThrownBy(() -> Base62.encode(BigInteger.valueOf(-1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base62.encode((BigInteger) null, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base62.encode((byte[]) null, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base62.encode(BigInteger.ONE, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recognisesBase62Text() {
        assertThat(Base62.isBase62(Base62.ALPHABET)).isTrue();
        assertThat(Base62.isBase62("abc_def")).isFalse();
        assertThat(Base62.isBase62("abc-def")).isFalse();
        assertThat(Base62.isBase62("abc def")).isFalse();
        assertThat(Base62.isBase62("äbc")).isFalse();
        assertThat(Base62.isBase62("")).isFalse();
        assertThat(Base62.isBase62(null)).isFalse();
    }
}
