package dev.keysmith.application.user;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.out.SecretHasherPort;
import dev.keysmith.application.port.out.SignInAttemptsPort;
import dev.keysmith.application.security.TokenDigest;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.user.SignInAttempts;
import dev.keysmith.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a password typed for an email under {@link SignInAttempts}, keyed by the email's digest and the
 * caller's address. Unknown emails take the same path (throttle, then an Argon2id check against a decoy
 * hash), so status, body and timing never tell whether an email is registered. Call inside a transaction
 * that commits even when the check fails; callers throw after it.
 */
public final class PasswordCheck {

    /** Counters of callers without a known address share one key. */
    static final String UNKNOWN_ADDRESS = "unknown";

    /** A valid Argon2id hash of a random value, so unknown emails cost as much as known ones. */
    private final String decoyHash;

    private final SignInAttemptsPort attempts;
    private final SecretHasherPort hasher;
    private final AuditTrail audit;
    private final Clock clock;

    public PasswordCheck(SignInAttemptsPort attempts, SecretHasherPort hasher, AuditTrail audit, Clock clock) {
        this.attempts = attempts;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.decoyHash = hasher.hash(UUID.randomUUID().toString());
    }

    /** Spends the same effort as a real check, for callers whose subject does not exist. */
    public void spendDecoyEffort(String password) {
        hasher.matches(password == null ? "" : password, decoyHash);
    }

    /** The password of a known, signed-in or invited user. */
    public boolean check(User user, String password, Caller caller) {
        return check(user.email().value(), Optional.of(user), password, caller);
    }

    /**
     * @param typedEmail the email as typed; its digest keys the counters whether or not it is registered
     * @param user the user of that email, if any (whether they may sign in is the caller's decision)
     * @return true when the user exists and the password is right; false after recording a failure
     * @throws dev.keysmith.domain.user.LoginThrottle.LoginThrottledException while this email may not be tried
     *     from the caller's address
     */
    public boolean check(String typedEmail, Optional<User> user, String password, Caller caller) {
        String emailDigest = digestOf(typedEmail);
        String address = caller.clientIp() == null ? UNKNOWN_ADDRESS : caller.clientIp();
        Instant now = clock.instant();
        SignInAttempts before = attempts.lockAttempts(emailDigest, address);
        before.requireOpen(now);
        boolean right;
        if (user.isPresent()) {
            right = password != null && hasher.matches(password, user.get().passwordHash());
        } else {
            spendDecoyEffort(password);
            right = false;
        }
        if (right) {
            // Saved on every success: it keeps the address familiar for another FAMILIAR_FOR.
            attempts.saveAttempts(emailDigest, address, before.afterSuccess());
            return true;
        }
        SignInAttempts after = before.afterFailure(now);
        attempts.saveAttempts(emailDigest, address, after);
        Object target = user.map(User::id).orElse(null);
        audit.record(
                caller,
                AuditAction.PASSWORD_FAILED,
                "user",
                target,
                null,
                Map.of(
                        "failuresFromAddress",
                        String.valueOf(after.fromAddress().consecutiveFailures()),
                        "failuresForEmail",
                        String.valueOf(after.forEmail().consecutiveFailures())));
        if (after.startedWait(before, now)) {
            Instant until = after.fromAddress().isOpen(now)
                    ? after.forEmail().blockedUntil()
                    : after.fromAddress().blockedUntil();
            audit.record(
                    caller,
                    AuditAction.SIGN_IN_THROTTLED,
                    "user",
                    target,
                    null,
                    Map.of(
                            "until",
                            until.toString(),
                            "scope",
                            after.fromAddress().isOpen(now) ? "email" : "address"));
        }
        return false;
    }

    /** The key of an email's counters: its digest, so the table holds no addresses of strangers. */
    static String digestOf(String typedEmail) {
        return TokenDigest.of(typedEmail == null ? "" : typedEmail.strip().toLowerCase(Locale.ROOT));
    }
}
