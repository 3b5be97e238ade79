package dev.keysmith.adapters.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.application.port.out.contract.UserPortContractTest;
import dev.keysmith.domain.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserPersistenceTest extends UserPortContractTest {

    @Inject
    PostgresPorts ports;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }

    @Inject
    UserPort users;

    @Inject
    Stored stored;

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
