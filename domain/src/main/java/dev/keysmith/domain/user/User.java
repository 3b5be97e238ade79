package dev.keysmith.domain.user;

import dev.keysmith.domain.shared.Require;
import java.time.Instant;

/** A person who signs in: an account member, an operator, or both. Holds only hashes of their secrets. */
public record User(UserId id, Email email, DisplayName displayName, String passwordHash, String pinHash,
        PinGuard pinGuard, LoginThrottle loginThrottle, boolean operator, Instant createdAt) {

    public User {
        Require.present(id, "id");
        Require.present(email, "email");
        Require.present(displayName, "displayName");
        Require.present(passwordHash, "passwordHash");
        Require.present(pinGuard, "pinGuard");
        Require.present(loginThrottle, "loginThrottle");
        Require.present(createdAt, "createdAt");
    }

    public static User register(UserId id, Email email, DisplayName displayName, String passwordHash, String pinHash,
            boolean operator, Instant now) {
        return new User(id, email, displayName, passwordHash, pinHash, PinGuard.fresh(), LoginThrottle.fresh(),
                operator, now);
    }

    public boolean hasPin() {
        return pinHash != null;
    }

    public User withPin(String newPinHash) {
        return new User(id, email, displayName, passwordHash, newPinHash, PinGuard.fresh(), loginThrottle, operator,
                createdAt);
    }

    public User withPinGuard(PinGuard guard) {
        return new User(id, email, displayName, passwordHash, pinHash, guard, loginThrottle, operator, createdAt);
    }

    public User withLoginThrottle(LoginThrottle throttle) {
        return new User(id, email, displayName, passwordHash, pinHash, pinGuard, throttle, operator, createdAt);
    }

    @Override
    public String toString() {
        return "User[" + id + ", " + email + (operator ? ", operator" : "") + "]";
    }
}
