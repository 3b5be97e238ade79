package dev.keysmith.domain.key;

import static dev.keysmith.domain.key.ApiKeyBuilder.aKey;
import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InactivityPolicyTest {

    /** 90 days, warned 15, 7 and 1 day before (the defaults of keysmith.expiry.*). */
    private static final InactivityPolicy POLICY =
            new InactivityPolicy(ofDays(90), List.of(ofDays(15), ofDays(7), ofDays(1)));

    private static final Instant LAST = Instant.parse("2025-01-01T00:00:00Z");

    private static Instant day(double day) {
        return LAST.plusSeconds((long) (day * 86_400));
    }

    @Test
    void keepsWarningsLongestFirstWhateverTheGivenOrder() {
        InactivityPolicy policy = new InactivityPolicy(ofDays(30), List.of(ofDays(1), ofDays(14), ofHours(36)));

        assertThat(policy.warnings()).containsExactly(ofDays(14), ofHours(36), ofDays(1));
        assertThatThrownBy(() -> policy.warnings().add(ofDays(2))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mayHaveNoWarnings() {
        assertThat(new InactivityPolicy(ofDays(30), List.of()).warnings()).isEmpty();
        assertThat(new InactivityPolicy(ofDays(30), null).warnings()).isEmpty();
    }

    @Test
    void refusesAWindowThatIsNotPositive() {
        for (Duration bad : new Duration[] {null, Duration.ZERO, ofDays(-1)}) {
            assertThatThrownBy(() -> new InactivityPolicy(bad, List.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesWarningsThatAreNotPositiveNotShorterThanTheWindowOrRepeated() {
        List<Duration> withNull = new ArrayList<>();
        withNull.add(null);
        List<List<Duration>> bad = List.of(
                List.of(Duration.ZERO),
                List.of(ofDays(-1)),
                List.of(ofDays(90)),
                List.of(ofDays(91)),
                List.of(ofDays(7), ofDays(7)),
                withNull);

        for (List<Duration> warnings : bad) {
            assertThatThrownBy(() -> new InactivityPolicy(ofDays(90), warnings))
                    .as(String.valueOf(warnings))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void lastActivityIsTheLastUseElseTheCreation() {
        ApiKey neverUsed = aKey().createdAt(LAST).build();
        ApiKey used = aKey().createdAt(LAST).lastUsedAt(day(10)).build();

        assertThat(POLICY.lastActivity(neverUsed)).isEqualTo(LAST);
        assertThat(POLICY.lastActivity(used)).isEqualTo(day(10));
        assertThat(POLICY.deadline(neverUsed)).isEqualTo(day(90));
        assertThat(POLICY.deadline(used)).isEqualTo(day(100));
    }

    @Test
    void aKeyIsDueOnceIdleForTheWholeWindow() {
        ApiKey key = aKey().createdAt(LAST).build();

        assertThat(POLICY.isDue(key, day(90).minusNanos(1))).isFalse();
        assertThat(POLICY.isDue(key, day(90))).isTrue();
        assertThat(POLICY.isDue(key, day(400))).isTrue();
        assertThat(POLICY.isDue(key.recordUse(day(89)), day(90))).isFalse();
    }

    @Test
    void cutoffsSelectTheKeysWorthLookingAt() {
        assertThat(POLICY.latestActivityDue(day(90))).isEqualTo(LAST);
        assertThat(POLICY.latestActivityToWarn(day(75))).isEqualTo(LAST);
        assertThat(new InactivityPolicy(ofDays(90), List.of()).latestActivityToWarn(day(90)))
                .isEqualTo(LAST);
    }

    @ParameterizedTest(name = "day {0} → {1}")
    @CsvSource({
        "0, ",
        "74.9, ",
        "75, 15",
        "82.9, 15",
        "83, 7",
        "88.9, 7",
        "89, 1",
        "89.99, 1",
        "90, ",
        "120, ",
    })
    void warnsWithTheStageReachedWhenNothingWasSent(double day, Integer expectedDays) {
        Optional<Duration> warning = POLICY.dueWarning(LAST, day(day), Set.of());

        assertThat(warning).isEqualTo(Optional.ofNullable(expectedDays).map(Duration::ofDays));
    }

    @Test
    void aFirstSweepOnDayEightyNineSendsOnlyTheOneDayWarning() {
        Set<Duration> sent = new HashSet<>();
        List<Duration> sentInOrder = new ArrayList<>();
        for (double sweep : new double[] {89, 89.2, 89.5, 89.9}) {
            POLICY.dueWarning(LAST, day(sweep), sent).ifPresent(warning -> {
                sent.add(warning);
                sentInOrder.add(warning);
            });
        }

        assertThat(sentInOrder).containsExactly(ofDays(1));
    }

    @Test
    void dailySweepsSendEachStageOnceInOrder() {
        Set<Duration> sent = new HashSet<>();
        List<Duration> sentInOrder = new ArrayList<>();
        for (int sweep = 0; sweep <= 95; sweep++) {
            for (int hour = 0; hour < 24; hour += 6) {
                POLICY.dueWarning(LAST, day(sweep).plus(ofHours(hour)), sent).ifPresent(warning -> {
                    sent.add(warning);
                    sentInOrder.add(warning);
                });
            }
        }

        assertThat(sentInOrder).containsExactly(ofDays(15), ofDays(7), ofDays(1));
    }

    @Test
    void aLongerLeadTimeNeverFollowsAShorterOne() {
        assertThat(POLICY.dueWarning(LAST, day(89.5), Set.of(ofDays(1)))).isEmpty();
        assertThat(POLICY.dueWarning(LAST, day(84), Set.of(ofDays(1)))).isEmpty();
        assertThat(POLICY.dueWarning(LAST, day(89.5), Set.of(ofDays(15)))).contains(ofDays(1));
        assertThat(POLICY.dueWarning(LAST, day(84), Set.of(ofDays(15)))).contains(ofDays(7));
    }

    @Test
    void aNewWindowWarnsAgain() {
        Instant usedAgain = day(80);

        assertThat(POLICY.dueWarning(usedAgain, usedAgain.plus(ofDays(75)), Set.of()))
                .contains(ofDays(15));
    }

    @Test
    void warnsForAKeyFromItsOwnLastActivity() {
        ApiKey key = aKey().createdAt(LAST).lastUsedAt(day(10)).build();

        assertThat(POLICY.dueWarning(key, day(99), Set.of())).contains(ofDays(1));
        assertThat(POLICY.dueWarning(key, day(89), Set.of())).contains(ofDays(15));
    }

    @Test
    void withoutWarningsNothingIsEverDue() {
        InactivityPolicy silent = new InactivityPolicy(ofDays(90), List.of());

        assertThat(silent.dueWarning(LAST, day(89.9), Set.of())).isEmpty();
    }

    @Test
    void warningBandsSplitTheLastFifteenDaysOfTheWindowByStage() {
        Instant now = day(100);
        Instant due = now.minus(ofDays(90));

        assertThat(POLICY.warningBands(now))
                .containsExactly(
                        new InactivityPolicy.WarningBand(ofDays(15), due.plus(ofDays(7)), due.plus(ofDays(15))),
                        new InactivityPolicy.WarningBand(ofDays(7), due.plus(ofDays(1)), due.plus(ofDays(7))),
                        new InactivityPolicy.WarningBand(ofDays(1), due, due.plus(ofDays(1))));
        assertThat(new InactivityPolicy(ofDays(30), List.of()).warningBands(now))
                .isEmpty();
    }

    @Test
    void aKeyIsInTheBandOfTheWarningItIsDue() {
        Instant now = day(100);
        for (double idle = 0; idle <= 100; idle += 0.25) {
            Instant activity = now.minusSeconds((long) (idle * 86_400));
            Optional<Duration> due = POLICY.dueWarning(activity, now, Set.of());
            List<Duration> bands = POLICY.warningBands(now).stream()
                    .filter(b -> activity.isAfter(b.activityAfter()) && !activity.isAfter(b.activityUpTo()))
                    .map(InactivityPolicy.WarningBand::lead)
                    .toList();
            assertThat(bands)
                    .as("idle %s days", idle)
                    .isEqualTo(due.map(List::of).orElse(List.of()));
        }
    }
}
