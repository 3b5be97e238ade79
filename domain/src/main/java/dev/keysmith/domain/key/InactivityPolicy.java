package dev.keysmith.domain.key;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When an unused key expires ({@code window} after its last successful use, or its creation if never used) and
 * how long before that its owners are warned. Settings, built once in bootstrap from configuration, so a bad value
 * is an {@link IllegalArgumentException} that stops start-up rather than a client error.
 */
public record InactivityPolicy(Duration window, List<Duration> warnings) {

    /** {@code warnings} may come in any order and is kept longest lead time first; null means no warnings. */
    public InactivityPolicy {
        if (window == null || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("the inactivity window must be a positive duration");
        }
        List<Duration> sorted = new ArrayList<>();
        Set<Duration> seen = new HashSet<>();
        for (Duration warning : warnings == null ? List.<Duration>of() : warnings) {
            if (warning == null || warning.isZero() || warning.isNegative()) {
                throw new IllegalArgumentException("inactivity warnings must be positive durations");
            }
            if (warning.compareTo(window) >= 0) {
                throw new IllegalArgumentException(
                        "inactivity warning " + warning + " must be shorter than the window " + window);
            }
            if (!seen.add(warning)) {
                throw new IllegalArgumentException("inactivity warning " + warning + " is listed twice");
            }
            sorted.add(warning);
        }
        sorted.sort(Collections.reverseOrder());
        warnings = List.copyOf(sorted);
    }

    /** When the key was last known to be in use: its last successful verification, else its creation. */
    public Instant lastActivity(ApiKey key) {
        return key.lastUsedAt() != null ? key.lastUsedAt() : key.createdAt();
    }

    /** The moment the key expires unless it is used before. */
    public Instant deadline(ApiKey key) {
        return lastActivity(key).plus(window);
    }

    /** Whether the key has been idle for the whole window at {@code now}. */
    public boolean isDue(ApiKey key, Instant now) {
        return !now.isBefore(deadline(key));
    }

    /** Keys whose last activity is at or before this are due at {@code now} (for a streaming query). */
    public Instant latestActivityDue(Instant now) {
        return now.minus(window);
    }

    /** Keys whose last activity is after this need neither a warning nor expiry at {@code now}. */
    public Instant latestActivityToWarn(Instant now) {
        return warnings.isEmpty() ? latestActivityDue(now) : now.minus(window).plus(warnings.get(0));
    }

    /**
     * The keys in each warning stage at {@code now}, as ranges of last activity, longest lead time first: a key
     * is in the stage of lead time {@code w} when {@code now} has reached {@code deadline - w} but not the next
     * shorter stage or the deadline itself. Together the bands cover exactly the keys that
     * {@link #dueWarning(Instant, Instant, Set)} may warn, so a sweep can read each band as one range.
     */
    public List<WarningBand> warningBands(Instant now) {
        Instant due = latestActivityDue(now);
        List<WarningBand> bands = new ArrayList<>();
        for (int i = 0; i < warnings.size(); i++) {
            Instant after = i + 1 < warnings.size() ? due.plus(warnings.get(i + 1)) : due;
            bands.add(new WarningBand(warnings.get(i), after, due.plus(warnings.get(i))));
        }
        return List.copyOf(bands);
    }

    /** Keys whose last activity is after {@code activityAfter} and at or before {@code activityUpTo} get {@code lead}. */
    public record WarningBand(Duration lead, Instant activityAfter, Instant activityUpTo) {}

    /**
     * The warning to send now for a key idle since {@code lastActivity}, if any: the stage the key is in (the
     * shortest lead time already reached), unless that or a shorter one was sent this window. So a first sweep
     * at day 89 sends only the 1-day warning, and a longer lead time never follows a shorter one. Empty once
     * the key is due: then it expires instead.
     */
    public Optional<Duration> dueWarning(Instant lastActivity, Instant now, Set<Duration> alreadySentThisWindow) {
        Instant deadline = lastActivity.plus(window);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        Duration stage = null;
        for (Duration warning : warnings) {
            // Longest first, so the last one reached is the shortest.
            if (!now.isBefore(deadline.minus(warning))) {
                stage = warning;
            }
        }
        if (stage == null) {
            return Optional.empty();
        }
        for (Duration sent : alreadySentThisWindow) {
            if (sent.compareTo(stage) <= 0) {
                return Optional.empty();
            }
        }
        return Optional.of(stage);
    }

    /** {@link #dueWarning(Instant, Instant, Set)} for a key's own last activity. */
    public Optional<Duration> dueWarning(ApiKey key, Instant now, Set<Duration> alreadySentThisWindow) {
        return dueWarning(lastActivity(key), now, alreadySentThisWindow);
    }
}
