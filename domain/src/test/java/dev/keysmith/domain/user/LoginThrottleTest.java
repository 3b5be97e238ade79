package dev.keysmith.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.user.LoginThrottle.LoginThrottledException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void theFirstFourFailuresAreFree() {
        LoginThrottle throttle = LoginThrottle.fresh();
        for (int i = 0; i < 4; i++) {
            throttle = throttle.afterFailure(NOW);
        }
        LoginThrottle afterFour = throttle;
        assertThatCode(() -> afterFour.requireOpen(NOW)).doesNotThrowAnyException();
    }

    @Test
    void laterFailuresWaitLongerButNeverMoreThanFifteenMinutes() {
        LoginThrottle throttle = LoginThrottle.fresh();
        Instant at = NOW;
        for (int i = 0; i < 40; i++) {
            throttle = throttle.afterFailure(at);
            at = throttle.blockedUntil() == null ? at : throttle.blockedUntil();
        }
        LoginThrottle last = throttle;
        Instant blockedFrom = at;

        assertThat(Duration.between(blockedFrom.minus(LoginThrottle.MAX_DELAY), last.blockedUntil()))
                .isLessThanOrEqualTo(LoginThrottle.MAX_DELAY);
        assertThatThrownBy(() -> last.requireOpen(last.blockedUntil().minusSeconds(1)))
                .isInstanceOf(LoginThrottledException.class);
        assertThatCode(() -> last.requireOpen(last.blockedUntil())).doesNotThrowAnyException();
    }

    @Test
    void theFifthFailureBlocksThirtySeconds() {
        LoginThrottle throttle = LoginThrottle.fresh();
        for (int i = 0; i < 5; i++) {
            throttle = throttle.afterFailure(NOW);
        }
        assertThat(throttle.blockedUntil()).isEqualTo(NOW.plusSeconds(30));
        assertThat(throttle.afterSuccess().consecutiveFailures()).isZero();
    }
}
