package dev.keysmith.domain.key;

import java.time.Instant;

/**
 * How a stored key ended, every part null while it has not: the successor that replaced it and the end of its
 * grace period, and when it was revoked or expired.
 */
public record KeyEnding(ApiKeyId replacedBy, Instant graceUntil, Instant revokedAt, Instant expiredAt) {

    /** A key that was neither replaced, revoked nor expired. */
    public static final KeyEnding NONE = new KeyEnding(null, null, null, null);
}
