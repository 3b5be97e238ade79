package dev.keysmith.application.expiry;

/**
 * How the sweeper works through the keys: {@code batchSize} keys per transaction, and at most
 * {@code maxKeysPerEmail} keys listed by name in one warning email (the rest are counted).
 */
public record SweepSettings(int batchSize, int maxKeysPerEmail) {

    public static final SweepSettings DEFAULT = new SweepSettings(1000, 200);

    public SweepSettings {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("the sweep batch size must be 1 to 10000, not " + batchSize);
        }
        if (maxKeysPerEmail < 1) {
            throw new IllegalArgumentException("a warning email lists at least one key");
        }
    }
}
