package dev.keysmith.application.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.expiry.BatchDrain.Batch;
import dev.keysmith.application.port.out.TransactionPort;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BatchDrainTest {

    private final List<Integer> transactions = new ArrayList<>();
    private final BatchDrain drain = new BatchDrain(new TransactionPort() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            transactions.add(transactions.size() + 1);
            return work.get();
        }
    });

    @Test
    void drainsBatchesEachInItsOwnTransactionUntilOneComesBackShort() {
        List<Integer> keys = List.of(1, 2, 3, 4, 5, 6, 7);
        List<Integer> startedAfter = new ArrayList<>();

        int done = drain.count(3, (Integer after) -> {
            startedAfter.add(after);
            List<Integer> found = keys.stream()
                    .filter(k -> after == null || k > after)
                    .limit(3)
                    .toList();
            return new Batch<>(found.size(), found.isEmpty() ? after : found.get(found.size() - 1), (int)
                    found.stream().filter(k -> k % 2 == 0).count());
        });

        assertThat(done).isEqualTo(3);
        assertThat(startedAfter).containsExactly(null, 3, 6);
        assertThat(transactions).hasSize(3);
    }

    @Test
    void aFullLastBatchCostsOneEmptyBatchMore() {
        List<Integer> keys = List.of(1, 2, 3, 4);

        int done = drain.count(2, (Integer after) -> {
            List<Integer> found = keys.stream()
                    .filter(k -> after == null || k > after)
                    .limit(2)
                    .toList();
            return new Batch<>(found.size(), found.isEmpty() ? after : found.get(found.size() - 1), found.size());
        });

        assertThat(done).isEqualTo(4);
        assertThat(transactions).hasSize(3);
    }

    @Test
    void addsTalliesOfAnyShape() {
        SettlementStage.Settled settled = drain.drain(
                1,
                SettlementStage.Settled.NONE,
                SettlementStage.Settled::plus,
                (Integer after) -> after == null
                        ? new Batch<>(1, 1, new SettlementStage.Settled(2, 1))
                        : new Batch<>(0, after, new SettlementStage.Settled(0, 3)));

        assertThat(settled).isEqualTo(new SettlementStage.Settled(2, 4));
    }
}
