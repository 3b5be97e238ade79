package dev.keysmith.bootstrap.metrics;

import dev.keysmith.adapters.persistence.verify.ChangeListener;
import dev.keysmith.adapters.persistence.verify.KeySnapshotCache;
import dev.keysmith.adapters.persistence.verify.SnapshotStatistics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.util.function.ToDoubleFunction;

/**
 * The verification snapshot and its change listener: cache size, hits, misses (and those that shared another's read),
 * evictions and hit ratio, digests the filter answered alone and its reads of keys stored elsewhere, whether the listener is
 * connected and how often it connected ({@code keysmith_snapshot_*}, {@code keysmith_change_listener_*}).
 */
@Singleton
public class SnapshotMetrics implements MeterBinder {

    private final KeySnapshotCache snapshot;
    private final ChangeListener listener;

    SnapshotMetrics(KeySnapshotCache snapshot, ChangeListener listener) {
        this.snapshot = snapshot;
        this.listener = listener;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "keysmith.snapshot.hits", "lookups answered from the snapshot", SnapshotStatistics::hits);
        counter(registry, "keysmith.snapshot.misses", "lookups the snapshot did not hold", SnapshotStatistics::misses);
        counter(
                registry,
                "keysmith.snapshot.coalesced.misses",
                "misses answered by another lookup's read of the same key",
                SnapshotStatistics::coalescedMisses);
        counter(
                registry,
                "keysmith.snapshot.evictions",
                "entries evicted to stay in size",
                SnapshotStatistics::evictions);
        counter(
                registry,
                "keysmith.snapshot.filter.rejections",
                "unknown keys answered by the filter of stored digests, without a statement",
                SnapshotStatistics::filterRejections);
        counter(
                registry,
                "keysmith.snapshot.filter.catch.up.reads",
                "reads of the digests of keys stored elsewhere, on their notifications",
                SnapshotStatistics::filterCatchUpReads);
        Gauge.builder("keysmith.snapshot.size", snapshot, s -> s.statistics().size())
                .description("keys held in the verification snapshot")
                .register(registry);
        Gauge.builder(
                        "keysmith.snapshot.hit.ratio",
                        snapshot,
                        s -> s.statistics().hitRatio())
                .description("hits among lookups since start")
                .register(registry);
        Gauge.builder("keysmith.change.listener.connected", listener, l -> l.connected() ? 1 : 0)
                .description("1 while the change listener is connected and caught up")
                .register(registry);
        FunctionCounter.builder("keysmith.change.listener.connects", listener, ChangeListener::connects)
                .description("connections of the change listener: the first, then one per reconnect")
                .register(registry);
    }

    private void counter(
            MeterRegistry registry, String name, String description, ToDoubleFunction<SnapshotStatistics> value) {
        FunctionCounter.builder(name, snapshot, s -> value.applyAsDouble(s.statistics()))
                .description(description)
                .register(registry);
    }
}
