package dev.keysmith.domain.user;

import dev.keysmith.domain.shared.PermissionDeniedException;

/** The PIN typed to confirm an action was wrong; says how many tries are left before a lock. */
public final class WrongPinException extends PermissionDeniedException {

    private final int attemptsBeforeLock;

    public WrongPinException(int attemptsBeforeLock) {
        super("WRONG_PIN", "wrong PIN; " + attemptsBeforeLock + " attempt(s) left before the PIN locks");
        this.attemptsBeforeLock = attemptsBeforeLock;
    }

    public int attemptsBeforeLock() {
        return attemptsBeforeLock;
    }
}
