package dev.keysmith.application.user;

import static dev.keysmith.application.support.World.as;
import static dev.keysmith.domain.audit.AuditAction.PASSWORD_CHANGED;
import static dev.keysmith.domain.audit.AuditAction.PASSWORD_FAILED;
import static dev.keysmith.domain.audit.AuditAction.SIGN_IN_THROTTLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.in.user.ChangePasswordUseCase.ChangePasswordCommand;
import dev.keysmith.application.port.in.user.WrongPasswordException;
import dev.keysmith.application.support.Fakes;
import dev.keysmith.application.support.World;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.user.LoginThrottle.LoginThrottledException;
import dev.keysmith.domain.user.User;
import org.junit.jupiter.api.Test;

class PasswordServiceTest {

    private final World world = new World();
    private final PasswordService passwords = new PasswordService(
            world.store, world.passwords, world.hasher, new Fakes.AccessTokens(), world.transactions, world.audit);

    @Test
    void theRightCurrentPasswordChangesItAndEndsEarlierTokens() {
        User user = world.person(null);

        String fresh = passwords
                .changePassword(new ChangePasswordCommand(as(user), world.passwordOf(user), "a-brand-new-password"))
                .token();

        User changed = world.store.users.get(user.id());
        assertThat(world.hasher.matches("a-brand-new-password", changed.passwordHash()))
                .isTrue();
        assertThat(changed.tokenGeneration()).isEqualTo(user.tokenGeneration() + 1);
        assertThat(fresh).isEqualTo(user.id() + "/" + changed.tokenGeneration());
        assertThat(world.store.actions()).contains(PASSWORD_CHANGED);
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndIsThrottledLikeSignIn() {
        User user = world.person(null);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> passwords.changePassword(
                            new ChangePasswordCommand(as(user), "not-the-password", "a-brand-new-password")))
                    .isInstanceOf(WrongPasswordException.class);
        }
        assertThatThrownBy(() -> passwords.changePassword(
                        new ChangePasswordCommand(as(user), world.passwordOf(user), "a-brand-new-password")))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(world.store.users.get(user.id())).isEqualTo(user);
        assertThat(world.store.actions())
                .contains(PASSWORD_FAILED, SIGN_IN_THROTTLED)
                .doesNotContain(PASSWORD_CHANGED);
    }

    @Test
    void aShortNewPasswordIsRefused() {
        User user = world.person(null);
        assertThatThrownBy(() ->
                        passwords.changePassword(new ChangePasswordCommand(as(user), world.passwordOf(user), "short")))
                .isInstanceOf(InvalidValueException.class);
    }
}
