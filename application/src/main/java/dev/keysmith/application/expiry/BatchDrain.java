package dev.keysmith.application.expiry;

import dev.keysmith.application.port.out.TransactionPort;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * The loop every sweep stage runs: one batch per transaction, each starting after the cursor the one before
 * ended at, until a batch comes back short; the batches' tallies are added up on the way. So a crash loses at
 * most the batch in flight, and a rerun starts where the committed batches stopped.
 */
final class BatchDrain {

    /** What one batch did: how many keys (or drafts) it read, the cursor after the last one, and its tally. */
    record Batch<C, T>(int read, C last, T tally) {}

    private final TransactionPort transactions;

    BatchDrain(TransactionPort transactions) {
        this.transactions = transactions;
    }

    /** Runs {@code batch} (given the cursor to start after, null first) until it reads fewer than {@code batchSize}. */
    <C, T> T drain(int batchSize, T none, BinaryOperator<T> add, Function<C, Batch<C, T>> batch) {
        T total = none;
        C after = null;
        while (true) {
            C from = after;
            Batch<C, T> done = transactions.inTransaction(() -> batch.apply(from));
            total = add.apply(total, done.tally());
            if (done.read() < batchSize) {
                return total;
            }
            after = done.last();
        }
    }

    /** {@link #drain} for a stage that only counts what it did. */
    <C> int count(int batchSize, Function<C, Batch<C, Integer>> batch) {
        return drain(batchSize, 0, Integer::sum, batch);
    }
}
