package dev.keysmith.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.user.LoginThrottle.LoginThrottledException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void anAddressIsThrottledAfterFiveFailuresAndTheWaitStartIsReported() {
        SignInAttempts attempts = SignInAttempts.fresh();
        for (int i = 0; i < 4; i++) {
            SignInAttempts before = attempts;
            attempts = attempts.afterFailure(NOW);
            assertThat(attempts.startedWait(before, NOW)).isFalse();
        }
        SignInAttempts before = attempts;
        SignInAttempts fifth = attempts.afterFailure(NOW);

        assertThat(fifth.startedWait(before, NOW)).isTrue();
        assertThatThrownBy(() -> fifth.requireOpen(NOW)).isInstanceOf(LoginThrottledException.class);
        assertThatCode(() -> fifth.requireOpen(NOW.plusSeconds(30))).doesNotThrowAnyException();
    }

    @Test
    void theEmailWideCeilingSparesAFamiliarAddress() {
        LoginThrottle emailUnderAttack = new LoginThrottle(SignInAttempts.EMAIL_FREE_ATTEMPTS, NOW.plusSeconds(900));
        SignInAttempts familiar = new SignInAttempts(LoginThrottle.fresh(), emailUnderAttack, true);
        SignInAttempts unfamiliar = new SignInAttempts(LoginThrottle.fresh(), emailUnderAttack, false);

        assertThatCode(() -> familiar.requireOpen(NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> unfamiliar.requireOpen(NOW)).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void aRightPasswordResetsBothCountersAndMakesTheAddressFamiliar() {
        SignInAttempts attempts = SignInAttempts.fresh();
        for (int i = 0; i < 4; i++) {
            attempts = attempts.afterFailure(NOW);
        }
        SignInAttempts after = attempts.afterSuccess();

        assertThat(after.fromAddress().consecutiveFailures()).isZero();
        assertThat(after.forEmail().consecutiveFailures()).isZero();
        assertThat(after.familiarAddress()).isTrue();
    }
}
