package dev.keysmith.adapters.persistence.verify;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Concurrent misses for the same entry share one load: the first caller reads, the others wait for its answer
 * (at most as long as the reader, whose read is bounded by the database timeout). A caller joins only a load that
 * started in its own generation of the snapshot or a later one: a load that started before a change was dropped
 * may have read what the change replaced, so a caller that arrives after the drop reads for itself.
 */
final class CoalescedLoads {

    private record Flight(long generation, CompletableFuture<Object> answer) {}

    private final ConcurrentHashMap<Object, Flight> flights = new ConcurrentHashMap<>();
    private final LongAdder joined = new LongAdder();

    /**
     * The answer of {@code load} for {@code key}, read by this caller or by one already reading it.
     *
     * @param generation the snapshot's generation when the caller missed
     */
    @SuppressWarnings("unchecked")
    <V> V load(Object key, long generation, Supplier<V> load) {
        Flight mine = new Flight(generation, new CompletableFuture<>());
        Flight flight = flights.compute(
                key, (k, running) -> running != null && running.generation() >= generation ? running : mine);
        if (flight != mine) {
            joined.increment();
            return (V) await(flight.answer());
        }
        try {
            V loaded = load.get();
            mine.answer().complete(loaded);
            return loaded;
        } catch (RuntimeException | Error failed) {
            mine.answer().completeExceptionally(failed);
            throw failed;
        } finally {
            flights.remove(key, mine);
        }
    }

    /** Misses answered by another caller's load, without a statement of their own. */
    long joined() {
        return joined.sum();
    }

    private static Object await(CompletableFuture<Object> answer) {
        try {
            return answer.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException unavailable) {
                throw unavailable;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }
}
