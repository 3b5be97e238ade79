package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.RandomTokenPort;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RandomTokenPort} promises about its values: the asked-for size, URL-safe base64 without padding,
 * and no repeats. That they are unguessable only the real adapter can keep.
 */
public abstract class RandomTokenPortContractTest {

    private static final int DRAWS = 1_000;

    protected abstract RandomTokenPort tokens();

    @Test
    void aTokenIsUrlSafeBase64WithoutPaddingOfTheAskedForBytes() {
        RandomTokenPort tokens = tokens();

        for (int bytes : new int[] {1, 2, 3, 16, 18, 32}) {
            String token = tokens.newToken(bytes);
            assertThat(token).matches("[A-Za-z0-9_-]+").hasSize((4 * bytes + 2) / 3);
        }
    }

    @Test
    void bytesComeInTheAskedForNumber() {
        RandomTokenPort tokens = tokens();

        assertThat(tokens.newBytes(1)).hasSize(1);
        assertThat(tokens.newBytes(32)).hasSize(32);
    }

    @Test
    void manyDrawsNeverRepeat() {
        RandomTokenPort tokens = tokens();
        Set<String> seenTokens = new HashSet<>();
        Set<ByteBuffer> seenBytes = new HashSet<>();

        for (int i = 0; i < DRAWS; i++) {
            seenTokens.add(tokens.newToken(16));
            seenBytes.add(ByteBuffer.wrap(tokens.newBytes(16)));
        }

        assertThat(seenTokens).hasSize(DRAWS);
        assertThat(seenBytes).hasSize(DRAWS);
    }
}
