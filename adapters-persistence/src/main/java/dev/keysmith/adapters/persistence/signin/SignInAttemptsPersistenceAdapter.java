package dev.keysmith.adapters.persistence.signin;

import dev.keysmith.application.port.out.SignInAttemptsPort;
import dev.keysmith.domain.user.LoginThrottle;
import dev.keysmith.domain.user.SignInAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Stores sign-in counters in {@code sign_in_attempts}: one row per email digest and client address, and one
 * per email digest with address {@value #ANY_ADDRESS} for the email-wide counter.
 */
@ApplicationScoped
public class SignInAttemptsPersistenceAdapter implements SignInAttemptsPort {

    static final String ANY_ADDRESS = "*";

    private final EntityManager em;

    SignInAttemptsPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public SignInAttempts lockAttempts(String emailDigest, String clientAddress) {
        em.createNativeQuery("""
                INSERT INTO sign_in_attempts (email_digest, client_address, updated_at)
                VALUES (:digest, :any, now()), (:digest, :address, now())
                ON CONFLICT DO NOTHING""")
                .setParameter("digest", emailDigest)
                .setParameter("any", ANY_ADDRESS)
                .setParameter("address", clientAddress)
                .executeUpdate();
        // Both rows in one statement and a fixed order, so parallel attempts queue instead of deadlocking.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT client_address, failures, blocked_until, last_success_at FROM sign_in_attempts
                 WHERE email_digest = :digest AND client_address IN (:any, :address)
                 ORDER BY client_address FOR UPDATE""")
                .setParameter("digest", emailDigest)
                .setParameter("any", ANY_ADDRESS)
                .setParameter("address", clientAddress)
                .getResultList();
        LoginThrottle forEmail = LoginThrottle.fresh();
        LoginThrottle fromAddress = LoginThrottle.fresh();
        boolean familiar = false;
        for (Object[] row : rows) {
            LoginThrottle throttle = new LoginThrottle(((Number) row[1]).intValue(), instant(row[2]));
            if (ANY_ADDRESS.equals(row[0])) {
                forEmail = throttle;
            } else {
                fromAddress = throttle;
                familiar = row[3] != null;
            }
        }
        return new SignInAttempts(fromAddress, forEmail, familiar);
    }

    @Override
    public void saveAttempts(String emailDigest, String clientAddress, SignInAttempts attempts) {
        save(emailDigest, ANY_ADDRESS, attempts.forEmail(), false);
        save(emailDigest, clientAddress, attempts.fromAddress(), attempts.familiarAddress());
    }

    @Override
    @Transactional
    public int forgetAttempts(Instant untouchedSince, Instant signedInSince) {
        return em.createNativeQuery("""
                DELETE FROM sign_in_attempts
                 WHERE updated_at < :untouched AND (last_success_at IS NULL OR last_success_at < :signedIn)""")
                .setParameter("untouched", Timestamp.from(untouchedSince))
                .setParameter("signedIn", Timestamp.from(signedInSince))
                .executeUpdate();
    }

    private void save(String emailDigest, String address, LoginThrottle throttle, boolean familiar) {
        em.createNativeQuery("""
                UPDATE sign_in_attempts
                   SET failures = :failures, updated_at = now(),
                       blocked_until = CASE WHEN :blocked THEN CAST(:until AS timestamptz) END,
                       last_success_at = CASE WHEN :familiar THEN now() ELSE last_success_at END
                 WHERE email_digest = :digest AND client_address = :address""")
                .setParameter("failures", throttle.consecutiveFailures())
                // A typed value even when unblocked: a null parameter leaves PostgreSQL guessing its type.
                .setParameter("blocked", throttle.blockedUntil() != null)
                .setParameter(
                        "until",
                        Timestamp.from(throttle.blockedUntil() == null ? Instant.EPOCH : throttle.blockedUntil()))
                .setParameter("familiar", familiar)
                .setParameter("digest", emailDigest)
                .setParameter("address", address)
                .executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
