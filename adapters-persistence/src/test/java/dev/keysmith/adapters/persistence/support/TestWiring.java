package dev.keysmith.adapters.persistence.support;

import dev.keysmith.adapters.persistence.verify.SnapshotSettings;
import dev.keysmith.domain.testing.TestClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/** What bootstrap produces for the adapters in the application, produced here for their tests alone. */
public class TestWiring {

    /** Real time that a test can move forward; a test that moves it resets it afterwards. */
    @Produces
    @Singleton
    TestClock clock() {
        return TestClock.realTime();
    }

    @Produces
    @Singleton
    SnapshotSettings snapshotSettings() {
        return new SnapshotSettings(100_000, Duration.ofSeconds(30), Duration.ofSeconds(2));
    }
}
