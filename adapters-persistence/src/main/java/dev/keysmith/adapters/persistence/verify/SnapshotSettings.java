package dev.keysmith.adapters.persistence.verify;

import java.time.Duration;

/**
 * How the verification snapshot behaves, built in bootstrap from configuration.
 *
 * @param cacheSize keys kept per instance
 * @param maxStaleness how long cached answers are trusted after the change listener last proved it heard everything
 * @param databaseTimeout the longest a cache miss waits for a connection and its query
 */
public record SnapshotSettings(long cacheSize, Duration maxStaleness, Duration databaseTimeout) {

    public SnapshotSettings {
        if (cacheSize < 1) {
            throw new IllegalArgumentException("keysmith.verification.cache-size must be at least 1");
        }
        if (maxStaleness == null || maxStaleness.isNegative() || maxStaleness.isZero()) {
            throw new IllegalArgumentException("keysmith.verification.max-staleness must be positive");
        }
        if (databaseTimeout == null || databaseTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("keysmith.verification.database-timeout must be at least 1ms");
        }
    }
}
