package dev.keysmith.adapters.persistence.support;

import dev.keysmith.adapters.persistence.verify.ListenerConnection;
import dev.keysmith.adapters.persistence.verify.SnapshotSettings;
import dev.keysmith.adapters.persistence.verify.UsageSettings;
import dev.keysmith.domain.testing.TestClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/** What bootstrap produces for the adapters in the application, produced here for their tests alone. */
public class TestWiring {

    /** Real time that a test can move forward; a test that moves it resets it afterwards. */
    @Produces
    @Singleton
    TestClock clock() {
        return TestClock.realTime();
    }

    /** The change listener's own connection: the test database, as the pool reaches it. */
    @Produces
    @Singleton
    ListenerConnection listenerConnection(Config config) {
        return new ListenerConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class));
    }

    /** Tests reach the database as the configuration says, without reading settings themselves. */
    @Produces
    @Singleton
    TestDatabase testDatabase(Config config) {
        return new TestDatabase(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }

    @Produces
    @Singleton
    SnapshotSettings snapshotSettings() {
        return new SnapshotSettings(100_000, Duration.ofSeconds(30), Duration.ofSeconds(2));
    }

    /** The service's default. */
    @Produces
    @Singleton
    UsageSettings usageSettings() {
        return new UsageSettings(Duration.ofMinutes(1));
    }
}
