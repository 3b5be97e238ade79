package dev.keysmith.adapters.persistence.user;

import static dev.keysmith.adapters.persistence.support.Stored.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.application.user.EmailTakenException;
import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.PinGuard;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserPersistenceTest {

    @Inject
    UserPort users;

    @Inject
    Stored stored;

    @Test
    void everyFieldOfAUserSurvivesTheRoundTrip() {
        Instant now = Stored.now();
        User user = new User(UserId.random(), Stored.uniqueEmail(), new DisplayName("Grace Hopper"),
                "$argon2id$v=19$password", "$argon2id$v=19$pin",
                new PinGuard(7, now.plus(Duration.ofMinutes(15)), true),
                true, false, 7, now.minus(Duration.ofDays(3)));

        QuarkusTransaction.requiringNew().run(() -> users.insertUser(user));

        assertThat(read(() -> users.loadUser(user.id()))).contains(user);
        assertThat(read(() -> users.loadUserByEmail(user.email()))).contains(user);
    }

    @Test
    void aUserWithoutPinAndWithFreshCountersRoundTripsWithNulls() {
        User user = User.register(UserId.random(), Stored.uniqueEmail(), new DisplayName("No Pin Yet"), "$hash",
                null, false, Stored.now());

        QuarkusTransaction.requiringNew().run(() -> users.insertUser(user));

        User loaded = read(() -> users.loadUser(user.id())).orElseThrow();
        assertThat(loaded).isEqualTo(user);
        assertThat(loaded.hasPin()).isFalse();
        assertThat(loaded.pinGuard()).isEqualTo(PinGuard.fresh());
        assertThat(loaded.active()).isTrue();
        assertThat(loaded.tokenGeneration()).isZero();
    }

    @Test
    void anUpdateStoresNewCountersPinPasswordAndGeneration() {
        User user = stored.user();
        Instant now = Stored.now();
        User changed = user.withPin("$argon2id$new-pin")
                .withPinGuard(PinGuard.fresh().afterFailure(now).afterFailure(now))
                .withPassword("$argon2id$new-password")
                .deactivated();

        QuarkusTransaction.requiringNew().run(() -> users.updateUser(changed));

        assertThat(read(() -> users.loadUser(user.id()))).contains(changed);
    }

    @Test
    void aSecondUserWithTheSameEmailIsRefused() {
        User first = stored.user();
        User second = User.register(UserId.random(), new Email(first.email().value().toUpperCase()),
                new DisplayName("Impostor"), "$hash", null, false, Stored.now());

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> users.insertUser(second)))
                .isInstanceOf(EmailTakenException.class);
        assertThat(read(() -> users.loadUser(second.id()))).isEmpty();
        assertThat(read(() -> users.loadUserByEmail(first.email()))).contains(first);
    }

    @Test
    void unknownUsersAreEmpty() {
        assertThat(read(() -> users.loadUser(UserId.random()))).isEmpty();
        assertThat(read(() -> users.loadUserByEmail(Stored.uniqueEmail()))).isEmpty();
        assertThat(read(() -> users.lockUser(UserId.random()))).isEmpty();
    }

    @Test
    void anyOperatorExistsOnceOneIsStored() {
        User operator = User.register(UserId.random(), Stored.uniqueEmail(), new DisplayName("Operator"), "$hash",
                null, true, Stored.now());
        QuarkusTransaction.requiringNew().run(() -> users.insertUser(operator));

        assertThat(read(() -> users.anyOperatorExists())).isTrue();
    }

    @Test
    void lockUserHoldsTheRowUntilTheTransactionEnds() {
        User user = stored.user();
        AtomicBoolean lockedInside = new AtomicBoolean();

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(users.lockUser(user.id())).contains(user);
            lockedInside.set(stored.lockedElsewhere("app_user", user.id().value()));
        });

        assertThat(lockedInside).isTrue();
        assertThat(stored.lockedElsewhere("app_user", user.id().value())).isFalse();
    }

    @Test
    void lockUserReadsTheCommittedStateEvenIfTheUserWasLoadedEarlierInTheTransaction() {
        User user = stored.user();
        User failedOnce = user.withPinGuard(user.pinGuard().afterFailure(Stored.now()));
        AtomicReference<User> locked = new AtomicReference<>();

        QuarkusTransaction.requiringNew().run(() -> {
            users.loadUserByEmail(user.email()).orElseThrow();
            QuarkusTransaction.requiringNew().run(() -> users.updateUser(failedOnce));
            locked.set(users.lockUser(user.id()).orElseThrow());
        });

        assertThat(locked.get().pinGuard().consecutiveFailures()).isEqualTo(1);
    }
}
