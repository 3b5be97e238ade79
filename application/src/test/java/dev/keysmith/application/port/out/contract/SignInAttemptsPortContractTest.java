package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.SignInAttemptsPort;
import dev.keysmith.domain.user.SignInAttempts;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SignInAttemptsPort} does, stated once and run against each implementation. Forgetting idle
 * counters goes by the database's own time, so it is tested with the PostgreSQL adapter alone.
 */
public abstract class SignInAttemptsPortContractTest {

    protected abstract PortsUnderTest ports();

    private SignInAttemptsPort attempts() {
        return ports().signInAttempts();
    }

    private static String digest() {
        return "digest-" + UUID.randomUUID();
    }

    private SignInAttempts lockAndSave(String digest, String address, boolean right) {
        return ports().inTransaction(() -> {
            SignInAttempts before = attempts().lockAttempts(digest, address);
            SignInAttempts after = right ? before.afterSuccess() : before.afterFailure(Rows.now());
            attempts().saveAttempts(digest, address, after);
            return after;
        });
    }

    private SignInAttempts read(String digest, String address) {
        return ports().inTransaction(() -> attempts().lockAttempts(digest, address));
    }

    @Test
    void anEmailNeverTriedStartsFresh() {
        assertThat(read(digest(), "198.51.100.1")).isEqualTo(SignInAttempts.fresh());
    }

    @Test
    void countersPerAddressAndPerEmailSurviveTheRoundTrip() {
        String digest = digest();
        for (int i = 0; i < 5; i++) {
            lockAndSave(digest, "198.51.100.1", false);
        }
        SignInAttempts saved = lockAndSave(digest, "198.51.100.1", false);

        assertThat(read(digest, "198.51.100.1")).isEqualTo(saved);
        SignInAttempts elsewhere = read(digest, "203.0.113.9");
        assertThat(elsewhere.fromAddress().consecutiveFailures()).isZero();
        assertThat(elsewhere.forEmail().consecutiveFailures()).isEqualTo(6);
        assertThat(elsewhere.familiarAddress()).isFalse();
        assertThat(read(digest(), "198.51.100.1")).isEqualTo(SignInAttempts.fresh());
    }

    @Test
    void aSuccessMakesTheAddressFamiliarAndResetsTheEmailCounter() {
        String digest = digest();
        lockAndSave(digest, "198.51.100.1", false);
        lockAndSave(digest, "203.0.113.9", true);

        SignInAttempts home = read(digest, "203.0.113.9");
        assertThat(home.familiarAddress()).isTrue();
        assertThat(home.forEmail().consecutiveFailures()).isZero();
        assertThat(read(digest, "198.51.100.1").fromAddress().consecutiveFailures())
                .isEqualTo(1);
        assertThat(read(digest, "198.51.100.1").familiarAddress()).isFalse();
    }
}
