package dev.keysmith.adapters.persistence.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether cached answers may still be given. The change listener reports the moments up to which it has heard
 * every change (it connected, or its connection answered a heartbeat); cached answers are trusted for
 * {@code maxStaleness} after the last such moment, so a lost listener or an unreachable or hung database
 * ends the trust at the same bound, whichever notices first.
 */
final class SnapshotFreshness {

    private final Clock clock;
    private final Duration maxStaleness;
    private volatile Instant heardUpTo;

    SnapshotFreshness(Clock clock, Duration maxStaleness) {
        this.clock = clock;
        this.maxStaleness = maxStaleness;
    }

    Instant now() {
        return clock.instant();
    }

    /** Every change committed before {@code moment} has reached the snapshot. */
    void heardEverythingUpTo(Instant moment) {
        heardUpTo = moment;
    }

    /** The last moment up to which every change is known to have reached the snapshot; null before the first. */
    Instant heardUpTo() {
        return heardUpTo;
    }

    boolean trusted() {
        Instant heard = heardUpTo;
        return heard != null && clock.instant().isBefore(heard.plus(maxStaleness));
    }

    /** How often the listener should prove itself so trust never lapses while it is healthy. */
    Duration heartbeatInterval() {
        Duration quarter = maxStaleness.dividedBy(4);
        return quarter.compareTo(Duration.ofSeconds(1)) < 0 ? quarter : Duration.ofSeconds(1);
    }
}
