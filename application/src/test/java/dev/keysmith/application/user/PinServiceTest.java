package dev.keysmith.application.user;

import static dev.keysmith.application.support.World.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.in.user.ConfirmPinUseCase.ConfirmPinCommand;
import dev.keysmith.application.port.in.user.SetPinUseCase.SetPinCommand;
import dev.keysmith.application.port.in.user.WrongPasswordException;
import dev.keysmith.application.support.World;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.user.PinLockedException;
import dev.keysmith.domain.user.PinNotSetException;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.WrongPinException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PinServiceTest {

    private final World world = new World();
    private final PinService pins =
            new PinService(world.store, world.hasher, world.passwords, world.transactions, world.audit, world.clock);

    private void failTimes(User user, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> pins.confirmPin(new ConfirmPinCommand(as(user), "000001", null)))
                    .isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void theRightPinConfirms() {
        User user = world.person("482913");
        assertThatCode(() -> pins.confirmPin(new ConfirmPinCommand(as(user), "482913", null)))
                .doesNotThrowAnyException();
    }

    @Test
    void wrongPinsCountDownThenLockFor15Minutes() {
        User user = world.person("482913");
        assertThatThrownBy(() -> pins.confirmPin(new ConfirmPinCommand(as(user), "000001", null)))
                .isInstanceOf(WrongPinException.class)
                .extracting(e -> ((WrongPinException) e).attemptsBeforeLock())
                .isEqualTo(4);
        failTimes(user, 3);

        assertThatThrownBy(() -> pins.confirmPin(new ConfirmPinCommand(as(user), "000001", null)))
                .isInstanceOf(PinLockedException.class)
                .hasMessageContaining("locked");
        assertThatThrownBy(() -> pins.confirmPin(new ConfirmPinCommand(as(user), "482913", null)))
                .as("even the right PIN is refused while locked")
                .isInstanceOf(PinLockedException.class);
        assertThat(world.store.actions()).contains(AuditAction.PIN_FAILED, AuditAction.PIN_LOCKED);

        world.clock.advance(Duration.ofMinutes(15));
        assertThatCode(() -> pins.confirmPin(new ConfirmPinCommand(as(user), "482913", null)))
                .doesNotThrowAnyException();
        assertThat(world.store.users.get(user.id()).pinGuard().consecutiveFailures())
                .isZero();
    }

    @Test
    void tenWrongInARowDisableThePinUntilResetWithThePassword() {
        User user = world.person("482913");
        failTimes(user, 5);
        world.clock.advance(Duration.ofMinutes(15));
        failTimes(user, 5);
        world.clock.advance(Duration.ofDays(1));

        assertThatThrownBy(() -> pins.confirmPin(new ConfirmPinCommand(as(user), "482913", null)))
                .isInstanceOf(PinLockedException.class)
                .extracting(e -> ((PinLockedException) e).code())
                .isEqualTo("PIN_DISABLED");
        assertThat(world.store.actions()).contains(AuditAction.PIN_DISABLED);

        pins.setPin(new SetPinCommand(as(user), world.passwordOf(user), "730582"));
        assertThatCode(() -> pins.confirmPin(new ConfirmPinCommand(as(user), "730582", null)))
                .doesNotThrowAnyException();
        assertThat(world.store.actions()).contains(AuditAction.PIN_RESET);
    }

    @Test
    void settingAPinNeedsThePasswordAndRefusesCommonPins() {
        User user = world.person(null);

        assertThatThrownBy(() -> pins.confirmPin(new ConfirmPinCommand(as(user), "482913", null)))
                .isInstanceOf(PinNotSetException.class);
        assertThatThrownBy(() -> pins.setPin(new SetPinCommand(as(user), "wrong-password-xx", "730582")))
                .isInstanceOf(WrongPasswordException.class);
        assertThatThrownBy(() -> pins.setPin(new SetPinCommand(as(user), world.passwordOf(user), "123456")))
                .isInstanceOf(InvalidValueException.class);
        assertThat(world.store.users.get(user.id()).hasPin()).isFalse();

        pins.setPin(new SetPinCommand(as(user), world.passwordOf(user), "730582"));
        assertThat(world.hasher.matches(
                        "730582", world.store.users.get(user.id()).pinHash()))
                .isTrue();
        assertThat(world.store.actions()).contains(AuditAction.PIN_SET);
    }

    @Test
    void auditEventsNeverCarryThePin() {
        User user = world.person("482913");
        failTimes(user, 5);
        assertThat(world.store.events).allSatisfy(e -> assertThat(e.toString()).doesNotContain("000001", "482913"));
    }
}
