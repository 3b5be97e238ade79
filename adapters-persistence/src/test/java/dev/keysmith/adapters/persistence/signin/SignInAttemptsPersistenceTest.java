package dev.keysmith.adapters.persistence.signin;

import static dev.keysmith.adapters.persistence.support.Stored.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.application.port.out.SignInAttemptsPort;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.application.port.out.contract.SignInAttemptsPortContractTest;
import dev.keysmith.domain.user.SignInAttempts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInAttemptsPersistenceTest extends SignInAttemptsPortContractTest {

    @Inject
    PostgresPorts ports;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }

    @Inject
    SignInAttemptsPort attempts;

    private static String digest() {
        return "digest-" + UUID.randomUUID();
    }

    private SignInAttempts lockAndSave(String digest, String address, boolean right) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SignInAttempts before = attempts.lockAttempts(digest, address);
            SignInAttempts after = right ? before.afterSuccess() : before.afterFailure(Stored.now());
            attempts.saveAttempts(digest, address, after);
            return after;
        });
    }

    @Test
    void idleCountersAreForgottenButRecentlyFamiliarAddressesStay() {
        String digest = digest();
        lockAndSave(digest, "198.51.100.1", false);
        lockAndSave(digest, "203.0.113.9", true);
        Instant later = Instant.now().plus(Duration.ofDays(2));

        attempts.forgetAttempts(later, later.minus(SignInAttempts.FAMILIAR_FOR));

        assertThat(read(() -> attempts.lockAttempts(digest, "203.0.113.9")).familiarAddress())
                .isTrue();
        assertThat(read(() -> attempts.lockAttempts(digest, "198.51.100.1")))
                .isEqualTo(new SignInAttempts(
                        SignInAttempts.fresh().fromAddress(),
                        SignInAttempts.fresh().forEmail(),
                        false));
    }
}
