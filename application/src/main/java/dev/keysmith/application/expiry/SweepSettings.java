package dev.keysmith.application.expiry;

/**
 * How the sweeper works through the keys: {@code batchSize} keys per transaction, at most
 * {@code maxKeysPerEmail} keys listed by name in one warning email (the rest are counted), and
 * {@code expiryWorkers} workers expiring idle keys side by side, each in its own slice of the keys.
 */
public record SweepSettings(int batchSize, int maxKeysPerEmail, int expiryWorkers) {

    public SweepSettings {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("the sweep batch size must be 1 to 10000, not " + batchSize);
        }
        if (expiryWorkers < 1 || expiryWorkers > 16) {
            throw new IllegalArgumentException("the sweep has 1 to 16 expiry workers, not " + expiryWorkers);
        }
        if (maxKeysPerEmail < 1) {
            throw new IllegalArgumentException("a warning email lists at least one key");
        }
    }
}
