package dev.keysmith.application.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.out.ExpirySweepPort.KeySlice;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeySliceTest {

    @Test
    void everyIdIsInExactlyOneSliceWhateverTheCount() {
        List<UUID> ids = new ArrayList<>(List.of(
                new UUID(0, 0), new UUID(-1L, -1L), new UUID(Long.MAX_VALUE, -1L), new UUID(Long.MIN_VALUE, 0)));
        IntStream.range(0, 1000).forEach(i -> ids.add(UUID.randomUUID()));
        for (int count = 1; count <= 7; count++) {
            int slices = count;
            for (UUID id : ids) {
                assertThat(IntStream.range(0, slices)
                                .filter(i -> new KeySlice(i, slices).contains(id))
                                .count())
                        .as("%s in %d slices", id, slices)
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void boundsAreTheFirstIdInAndTheFirstIdPast() {
        KeySlice first = new KeySlice(0, 2);
        KeySlice second = new KeySlice(1, 2);

        assertThat(first.from()).isEmpty();
        assertThat(second.until()).isEmpty();
        assertThat(first.until()).isEqualTo(second.from());
        UUID bound = second.from().orElseThrow();
        assertThat(second.contains(bound)).isTrue();
        assertThat(first.contains(bound)).isFalse();
        assertThat(first.contains(new UUID(bound.getMostSignificantBits() - 1, -1L)))
                .isTrue();
        assertThat(KeySlice.ALL.from()).isEmpty();
        assertThat(KeySlice.ALL.until()).isEmpty();
    }

    @Test
    void aSliceMustExist() {
        assertThatThrownBy(() -> new KeySlice(2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeySlice(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeySlice(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
