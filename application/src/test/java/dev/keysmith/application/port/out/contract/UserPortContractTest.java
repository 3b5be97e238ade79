package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.out.EmailTakenException;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.PinGuard;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link UserPort} does, stated once and run against each implementation. */
public abstract class UserPortContractTest {

    protected abstract PortsUnderTest ports();

    private UserPort users() {
        return ports().users();
    }

    private Rows rows() {
        return new Rows(ports());
    }

    @Test
    void everyFieldOfAUserSurvivesTheRoundTrip() {
        Instant now = Rows.now();
        User user = new User(
                UserId.random(),
                Rows.uniqueEmail(),
                new DisplayName("Grace Hopper"),
                "$argon2id$v=19$password",
                "$argon2id$v=19$pin",
                new PinGuard(7, now.plus(Duration.ofMinutes(15)), true),
                true,
                false,
                7,
                now.minus(Duration.ofDays(3)));

        ports().inTransaction(() -> users().insertUser(user));

        assertThat(ports().inTransaction(() -> users().loadUser(user.id()))).contains(user);
        assertThat(ports().inTransaction(() -> users().loadUserByEmail(user.email())))
                .contains(user);
        assertThat(ports().inTransaction(() -> users().lockUser(user.id()))).contains(user);
    }

    @Test
    void aUserWithoutPinAndWithFreshCountersRoundTrips() {
        User user = User.register(
                UserId.random(), Rows.uniqueEmail(), new DisplayName("No Pin Yet"), "$hash", null, false, Rows.now());

        ports().inTransaction(() -> users().insertUser(user));

        User loaded = ports().inTransaction(() -> users().loadUser(user.id())).orElseThrow();
        assertThat(loaded).isEqualTo(user);
        assertThat(loaded.hasPin()).isFalse();
        assertThat(loaded.pinGuard()).isEqualTo(PinGuard.fresh());
        assertThat(loaded.active()).isTrue();
        assertThat(loaded.tokenGeneration()).isZero();
    }

    @Test
    void anUpdateStoresNewCountersPinPasswordAndGeneration() {
        User user = rows().user();
        Instant now = Rows.now();
        User changed = user.withPin("$argon2id$new-pin")
                .withPinGuard(PinGuard.fresh().afterFailure(now).afterFailure(now))
                .withPassword("$argon2id$new-password")
                .deactivated();

        ports().inTransaction(() -> users().updateUser(changed));

        assertThat(ports().inTransaction(() -> users().loadUser(user.id()))).contains(changed);
    }

    @Test
    void aSecondUserWithTheSameEmailIsRefusedWhateverItsCase() {
        User first = rows().user();
        User second = User.register(
                UserId.random(),
                new Email(first.email().value().toUpperCase()),
                new DisplayName("Impostor"),
                "$hash",
                null,
                false,
                Rows.now());

        assertThatThrownBy(() -> ports().inTransaction(() -> users().insertUser(second)))
                .isInstanceOf(EmailTakenException.class);
        assertThat(ports().inTransaction(() -> users().loadUser(second.id()))).isEmpty();
        assertThat(ports().inTransaction(() -> users().loadUserByEmail(first.email())))
                .contains(first);
    }

    @Test
    void unknownUsersAreEmpty() {
        assertThat(ports().inTransaction(() -> users().loadUser(UserId.random())))
                .isEmpty();
        assertThat(ports().inTransaction(() -> users().loadUserByEmail(Rows.uniqueEmail())))
                .isEmpty();
        assertThat(ports().inTransaction(() -> users().lockUser(UserId.random())))
                .isEmpty();
    }

    @Test
    void operatorsAreFoundOnceStoredOldestFirstAndOnlyActiveOnesAreLocked() {
        User first = User.register(
                UserId.random(),
                Rows.uniqueEmail(),
                new DisplayName("First Operator"),
                "$hash",
                null,
                true,
                Rows.now().minus(Duration.ofMinutes(1)));
        ports().inTransaction(() -> users().insertUser(first));
        User deactivated = rows().operator().deactivated();
        ports().inTransaction(() -> users().updateUser(deactivated));
        User notAnOperator = rows().user();

        assertThat(ports().inTransaction(() -> users().anyOperatorExists())).isTrue();
        assertThat(ports().inTransaction(() -> users().loadOperators()))
                .containsSubsequence(first, deactivated)
                .doesNotContain(notAnOperator)
                .allSatisfy(u -> assertThat(u.operator()).isTrue());
        assertThat(ports().inTransaction(() -> users().lockActiveOperators()))
                .contains(first)
                .doesNotContain(deactivated, notAnOperator)
                .allSatisfy(u -> assertThat(u.activeOperator()).isTrue());
    }
}
