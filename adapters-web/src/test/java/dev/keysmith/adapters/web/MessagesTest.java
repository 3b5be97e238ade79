package dev.keysmith.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.UnauthenticatedException;
import dev.keysmith.domain.user.LoginThrottle.LoginThrottledException;
import dev.keysmith.domain.user.PinLockedException;
import dev.keysmith.domain.user.WrongPinException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void refusalsReadAsSentences() {
        assertThat(Messages.of(new UnauthenticatedException("INVALID_CREDENTIALS", "email or password is not correct")))
                .isEqualTo("The email or password is not correct.");
        assertThat(Messages.of(new WrongPinException(2))).contains("PIN is not correct", "2 attempt(s) left");
        assertThat(Messages.of(new LoginThrottledException(Duration.ofSeconds(30))))
                .contains("wait 30 seconds");
        assertThat(Messages.of(new PinLockedException(Instant.parse("2030-01-01T10:15:00Z"))))
                .contains("locked", "2030-01-01 10:15 UTC");
        assertThat(Messages.of(new PinLockedException(null))).contains("Reset it with your password");
    }

    @Test
    void aCodeWithoutItsOwnSentenceFallsBackToTheMessage() {
        assertThat(Messages.of(new InvalidValueException("expiresAt", "expiresAt must be in the future")))
                .isEqualTo("ExpiresAt must be in the future.");
    }
}
