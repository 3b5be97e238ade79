package dev.keysmith.domain.key;

/** Where a key stands in its life; REVOKED and EXPIRED are final. */
public enum KeyStatus {
    ACTIVE,
    DISABLED,
    REVOKED,
    EXPIRED;

    /** Whether the key can still change state; only such keys keep their secret hash. */
    public boolean isLive() {
        return this == ACTIVE || this == DISABLED;
    }
}
