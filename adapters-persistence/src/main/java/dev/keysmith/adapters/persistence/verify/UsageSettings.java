package dev.keysmith.adapters.persistence.verify;

import java.time.Duration;

/**
 * How key use is written, built in bootstrap from configuration.
 *
 * @param precision a use is written only where it moves the stored last-use time forward by more than this: a key
 *     in constant use costs one row write per precision, not one per flush (each is a new row version and an entry
 *     in every index of the key table); a key's first use is always written
 */
public record UsageSettings(Duration precision) {

    public UsageSettings {
        if (precision == null || precision.isNegative()) {
            throw new IllegalArgumentException("keysmith.usage.precision must not be negative");
        }
    }
}
