package dev.keysmith.application.port.out;

import dev.keysmith.domain.user.SignInAttempts;
import java.time.Instant;

/**
 * Wrong-password counters by the digest of the email typed (registered or not) and the client address.
 * Call inside a transaction: the rows stay locked until it ends, so parallel guesses are all counted.
 */
public interface SignInAttemptsPort {

    SignInAttempts lockAttempts(String emailDigest, String clientAddress);

    void saveAttempts(String emailDigest, String clientAddress, SignInAttempts attempts);

    /**
     * Forgets counters nobody touched since {@code untouchedSince} (their waits are long over), except those
     * of an address the email signed in from after {@code signedInSince}, which stays familiar.
     *
     * @return how many were forgotten
     */
    int forgetAttempts(Instant untouchedSince, Instant signedInSince);
}
