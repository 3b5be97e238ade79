package dev.keysmith.bootstrap.support;

import dev.keysmith.domain.testing.TestClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The service's clock in tests, in place of the system clock: real time that a test can move forward, so days
 * pass without waiting. A test that moves it puts it back afterwards with {@link TestClock#reset()}.
 */
public class TestClockWiring {

    @Produces
    @Singleton
    TestClock clock() {
        return TestClock.realTime();
    }
}
