package dev.keysmith.adapters.persistence.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.domain.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SnapshotFreshnessTest {

    private final TestClock clock = TestClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    private final SnapshotFreshness freshness = new SnapshotFreshness(clock, Duration.ofSeconds(30));

    @Test
    void nothingIsTrustedBeforeTheListenerHasHeardAnything() {
        assertThat(freshness.trusted()).isFalse();
    }

    @Test
    void cachedAnswersAreTrustedForTheStalenessBoundAfterTheLastHeartbeat() {
        freshness.heardEverythingUpTo(clock.instant());

        clock.advance(Duration.ofSeconds(29));
        assertThat(freshness.trusted())
                .as("29 s after the database was last heard")
                .isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(freshness.trusted()).as("30 s after").isFalse();

        freshness.heardEverythingUpTo(clock.instant());
        assertThat(freshness.trusted()).as("a heartbeat answered again").isTrue();
    }

    @Test
    void theHeartbeatIsFrequentEnoughNeverToLetTrustLapseWhileHealthy() {
        assertThat(freshness.heartbeatInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(new SnapshotFreshness(clock, Duration.ofSeconds(2)).heartbeatInterval())
                .isEqualTo(Duration.ofMillis(500));
    }
}
