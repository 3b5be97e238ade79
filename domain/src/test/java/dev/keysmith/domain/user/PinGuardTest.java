package dev.keysmith.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PinGuardTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private static PinGuard failTimes(PinGuard guard, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            guard = guard.afterFailure(at);
        }
        return guard;
    }

    @Test
    void fourWrongPinsOnlyCount() {
        PinGuard guard = failTimes(PinGuard.fresh(), 4, NOW);

        assertThatCode(() -> guard.requireOpen(NOW)).doesNotThrowAnyException();
        assertThat(guard.attemptsBeforeLock()).isEqualTo(1);
    }

    @Test
    void fiveWrongPinsLockForFifteenMinutes() {
        PinGuard guard = failTimes(PinGuard.fresh(), 5, NOW);

        assertThat(guard.justLocked(NOW)).isTrue();
        assertThatThrownBy(() -> guard.requireOpen(NOW.plus(Duration.ofMinutes(14))))
                .isInstanceOf(PinLockedException.class)
                .extracting(e -> ((PinLockedException) e).code())
                .isEqualTo("PIN_LOCKED");
        assertThatCode(() -> guard.requireOpen(NOW.plus(Duration.ofMinutes(15))))
                .doesNotThrowAnyException();
    }

    @Test
    void tenWrongInARowDisableUntilReset() {
        PinGuard locked = failTimes(PinGuard.fresh(), 5, NOW);
        Instant later = NOW.plus(Duration.ofMinutes(16));
        PinGuard disabled = failTimes(locked, 5, later);

        assertThat(disabled.disabled()).isTrue();
        assertThatThrownBy(() -> disabled.requireOpen(later.plus(Duration.ofDays(30))))
                .isInstanceOf(PinLockedException.class)
                .extracting(e -> ((PinLockedException) e).code())
                .isEqualTo("PIN_DISABLED");
    }

    @Test
    void aRightPinClearsTheCount() {
        PinGuard guard = failTimes(PinGuard.fresh(), 4, NOW).afterSuccess();

        assertThat(guard.consecutiveFailures()).isZero();
        assertThat(failTimes(guard, 4, NOW).lockedUntil()).isNull();
    }
}
