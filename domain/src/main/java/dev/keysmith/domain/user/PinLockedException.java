package dev.keysmith.domain.user;

import dev.keysmith.domain.shared.LockedException;
import java.time.Instant;

/** Too many wrong PINs: locked until {@code until}, or until reset with the password when disabled. */
public final class PinLockedException extends LockedException {

    public PinLockedException(Instant until) {
        super(
                until == null ? "PIN_DISABLED" : "PIN_LOCKED",
                until == null
                        ? "the PIN is disabled after too many wrong attempts: reset it with your password"
                        : "the PIN is locked after too many wrong attempts until " + until,
                until);
    }
}
