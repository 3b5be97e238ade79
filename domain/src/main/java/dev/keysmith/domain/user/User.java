package dev.keysmith.domain.user;

import dev.keysmith.domain.shared.Require;
import java.time.Instant;

/**
 * A person who signs in: an account member, an operator, or both. Holds only hashes of their secrets.
 * {@code tokenGeneration} is stamped into every access token; raising it ends every token issued before.
 * A user who is not {@code active} (a deactivated operator) cannot sign in.
 */
public record User(
        UserId id,
        Email email,
        DisplayName displayName,
        String passwordHash,
        String pinHash,
        PinGuard pinGuard,
        boolean operator,
        boolean active,
        long tokenGeneration,
        Instant createdAt) {

    public User {
        Require.present(id, "id");
        Require.present(email, "email");
        Require.present(displayName, "displayName");
        Require.present(passwordHash, "passwordHash");
        Require.present(pinGuard, "pinGuard");
        Require.present(createdAt, "createdAt");
        if (tokenGeneration < 0) {
            throw new IllegalArgumentException("tokenGeneration must not be negative");
        }
    }

    public static User register(
            UserId id,
            Email email,
            DisplayName displayName,
            String passwordHash,
            String pinHash,
            boolean operator,
            Instant now) {
        return new User(id, email, displayName, passwordHash, pinHash, PinGuard.fresh(), operator, true, 0, now);
    }

    public boolean hasPin() {
        return pinHash != null;
    }

    /** Whether this user may act as platform staff now. */
    public boolean activeOperator() {
        return operator && active;
    }

    public User withPin(String newPinHash) {
        return new User(
                id,
                email,
                displayName,
                passwordHash,
                newPinHash,
                PinGuard.fresh(),
                operator,
                active,
                tokenGeneration,
                createdAt);
    }

    public User withPinGuard(PinGuard guard) {
        return new User(
                id, email, displayName, passwordHash, pinHash, guard, operator, active, tokenGeneration, createdAt);
    }

    /** A new password ends every token issued before it. */
    public User withPassword(String newPasswordHash) {
        return new User(
                id,
                email,
                displayName,
                newPasswordHash,
                pinHash,
                pinGuard,
                operator,
                active,
                tokenGeneration + 1,
                createdAt);
    }

    /** Platform staff from now on (an accepted operator invitation); tokens issued before end. */
    public User asActiveOperator() {
        return new User(
                id, email, displayName, passwordHash, pinHash, pinGuard, true, true, tokenGeneration + 1, createdAt);
    }

    /** Can no longer sign in; every token issued before ends. */
    public User deactivated() {
        return new User(
                id,
                email,
                displayName,
                passwordHash,
                pinHash,
                pinGuard,
                operator,
                false,
                tokenGeneration + 1,
                createdAt);
    }

    @Override
    public String toString() {
        return "User[" + id + ", " + email + (operator ? ", operator" : "") + (active ? "" : ", inactive") + "]";
    }
}
