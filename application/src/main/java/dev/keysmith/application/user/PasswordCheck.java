package dev.keysmith.application.user;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.out.SecretHasherPort;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.domain.user.User;
import java.time.Clock;
import java.util.Map;

/**
 * Checks a user's password under the per-user login throttle, recording the outcome on the user row.
 * Call inside a transaction that commits even when the check fails; callers throw after it.
 */
public final class PasswordCheck {

    /** A valid Argon2id hash of a random value, so unknown emails cost as much as known ones. */
    private final String decoyHash;
    private final UserPort users;
    private final SecretHasherPort hasher;
    private final AuditTrail audit;
    private final Clock clock;

    public PasswordCheck(UserPort users, SecretHasherPort hasher, AuditTrail audit, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.decoyHash = hasher.hash(java.util.UUID.randomUUID().toString());
    }

    /** Spends the same effort as a real check, for callers whose user does not exist. */
    public void spendDecoyEffort(String password) {
        hasher.matches(password == null ? "" : password, decoyHash);
    }

    /**
     * @return true when the password is right; false after recording a failure
     * @throws dev.keysmith.domain.user.LoginThrottle.LoginThrottledException while the user is throttled
     */
    public boolean check(User lockedUser, String password, Caller caller) {
        lockedUser.loginThrottle().requireOpen(clock.instant());
        boolean right = password != null && hasher.matches(password, lockedUser.passwordHash());
        if (right) {
            if (lockedUser.loginThrottle().consecutiveFailures() > 0) {
                users.updateUser(lockedUser.withLoginThrottle(lockedUser.loginThrottle().afterSuccess()));
            }
            return true;
        }
        var throttle = lockedUser.loginThrottle().afterFailure(clock.instant());
        users.updateUser(lockedUser.withLoginThrottle(throttle));
        audit.record(caller, "PASSWORD_FAILED", "user", lockedUser.id(), null,
                Map.of("consecutiveFailures", String.valueOf(throttle.consecutiveFailures())));
        return false;
    }
}
