package dev.keysmith.application.user;

import static dev.keysmith.domain.audit.AuditAction.LOGIN_FAILED;
import static dev.keysmith.domain.audit.AuditAction.PASSWORD_FAILED;
import static dev.keysmith.domain.audit.AuditAction.SIGN_IN_THROTTLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.keysmith.application.port.in.auth.LoginUseCase.LoginCommand;
import dev.keysmith.application.support.Fakes;
import dev.keysmith.application.support.World;
import dev.keysmith.domain.shared.DomainException;
import dev.keysmith.domain.shared.ThrottledException;
import dev.keysmith.domain.shared.UnauthenticatedException;
import dev.keysmith.domain.user.LoginThrottle.LoginThrottledException;
import dev.keysmith.domain.user.SignInAttempts;
import dev.keysmith.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginServiceTest {

    private static final String ATTACKER = "198.51.100.66";
    private static final String OWNER_HOME = "203.0.113.9";

    private final World world = new World();
    private final LoginService logins = new LoginService(
            world.store,
            null,
            world.passwords,
            world.hasher,
            new Fakes.AccessTokens(),
            world.transactions,
            world.audit);

    private Throwable attempt(String email, String password, String address) {
        return catchThrowable(() -> logins.login(new LoginCommand(email, password, address)));
    }

    @Test
    void anAttackersSteadyTrickleFromOneAddressNeverStopsTheOwnerFromAnother() {
        User owner = world.person(null);
        String email = owner.email().value();
        // A burst, then one guess whenever the throttle lets the attacker in again, for two days.
        for (int guess = 0; guess < 10; guess++) {
            attempt(email, "guess-number-" + guess, ATTACKER);
        }
        for (int minute = 0; minute < 48 * 60; minute += 5) {
            world.clock.advance(Duration.ofMinutes(5));
            Throwable refused = attempt(email, "another-wrong-guess", ATTACKER);
            assertThat(refused).isInstanceOfAny(UnauthenticatedException.class, LoginThrottledException.class);
            if (minute % 60 == 0) {
                assertThat(attempt(email, world.passwordOf(owner), OWNER_HOME))
                        .as("owner at minute " + minute)
                        .isNull();
            }
        }
        assertThat(attempt(email, "another-wrong-guess", ATTACKER)).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void theOwnerGetsInFromAFamiliarAddressEvenWhileGuessesFromManyAddressesThrottleTheEmail() {
        User owner = world.person(null);
        String email = owner.email().value();
        assertThat(attempt(email, world.passwordOf(owner), OWNER_HOME)).isNull();
        for (int bot = 0; bot < SignInAttempts.EMAIL_FREE_ATTEMPTS + 5; bot++) {
            attempt(email, "distributed-guess", "192.0.2." + bot);
        }

        assertThat(attempt(email, world.passwordOf(owner), "192.0.2.250"))
                .as("a new address waits while the email is under attack")
                .isInstanceOf(LoginThrottledException.class);
        assertThat(attempt(email, world.passwordOf(owner), OWNER_HOME))
                .as("the familiar address")
                .isNull();
    }

    @Test
    void aRightPasswordAfterTheWaitAlwaysPasses() {
        User owner = world.person(null);
        String email = owner.email().value();
        for (int guess = 0; guess < 30; guess++) {
            attempt(email, "wrong-guess-" + guess, OWNER_HOME);
            world.clock.advance(Duration.ofSeconds(1));
        }
        Throwable throttled = attempt(email, world.passwordOf(owner), OWNER_HOME);
        assertThat(throttled).isInstanceOf(LoginThrottledException.class);

        world.clock.advance(((ThrottledException) throttled).retryAfter());
        assertThat(attempt(email, world.passwordOf(owner), OWNER_HOME)).isNull();
    }

    @Test
    void unknownAndKnownEmailsGetTheSameAnswersThrottledOrNot() {
        User owner = world.person(null);
        String known = owner.email().value();
        String unknown = "nobody-" + owner.id() + "@example.com";
        for (int guess = 0; guess < 12; guess++) {
            Throwable forKnown = attempt(known, "wrong-guess-" + guess, ATTACKER);
            Throwable forUnknown = attempt(unknown, "wrong-guess-" + guess, ATTACKER);
            assertThat(forUnknown).as("guess " + guess).isExactlyInstanceOf(forKnown.getClass());
            assertThat(((DomainException) forUnknown).code()).isEqualTo(((DomainException) forKnown).code());
            assertThat(forUnknown.getMessage()).isEqualTo(forKnown.getMessage());
            if (forKnown instanceof ThrottledException throttled) {
                assertThat(((ThrottledException) forUnknown).retryAfter()).isEqualTo(throttled.retryAfter());
            }
            world.clock.advance(Duration.ofSeconds(20));
        }
        assertThat(attempt(unknown, "one-more-guess", ATTACKER)).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void failuresAndTheStartOfAWaitAreAudited() {
        User owner = world.person(null);
        for (int guess = 0; guess < 5; guess++) {
            attempt(owner.email().value(), "wrong-guess-" + guess, ATTACKER);
        }
        attempt("nobody@example.com", "wrong-guess", ATTACKER);

        assertThat(world.store.actions()).contains(PASSWORD_FAILED, LOGIN_FAILED, SIGN_IN_THROTTLED);
        assertThat(world.store.events)
                .filteredOn(e -> e.action().equals(SIGN_IN_THROTTLED))
                .hasSize(1);
        assertThat(world.store.events)
                .filteredOn(e -> e.action().equals(LOGIN_FAILED))
                .hasSize(6);
    }

    @Test
    void aDeactivatedUserCannotSignInAndLooksLikeAWrongPassword() {
        User operator = world.operator();
        world.store.updateUser(operator.deactivated());

        assertThatThrownBy(() -> logins.login(
                        new LoginCommand(operator.email().value(), world.passwordOf(operator), OWNER_HOME)))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessage("email or password is not correct");
    }
}
