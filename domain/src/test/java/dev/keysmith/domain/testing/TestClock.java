package dev.keysmith.domain.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The one clock of every test ring: a base moment (a fixed start, or real time) plus an offset the test
 * moves, so days pass without waiting. Safe to move from one thread while others read it.
 */
public final class TestClock extends Clock {

    private final Supplier<Instant> base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private TestClock(Supplier<Instant> base) {
        this.base = base;
    }

    /** A clock standing still at {@code start} until the test moves it. */
    public static TestClock at(Instant start) {
        return new TestClock(() -> start);
    }

    /**
     * Real time plus the offset: for a running application, whose tokens and database are checked against
     * real time as long as the test has not moved it.
     */
    public static TestClock realTime() {
        Clock system = Clock.systemUTC();
        return new TestClock(system::instant);
    }

    /** Moves the clock {@code by} further on. */
    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    /** From now on the clock reads {@code ahead} after its base. */
    public void setAhead(Duration ahead) {
        offset.set(ahead);
    }

    /** Back to the base; a test that moved a shared clock calls this afterwards. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return base.get().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
