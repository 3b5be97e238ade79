package dev.keysmith.application.port.out;

import dev.keysmith.domain.key.ApiKey;
import java.time.Instant;

/** Notes that keys were used, without a database write per verification. */
public interface UsageRecorderPort {

    /**
     * Records a successful verification. Usually coalesced in memory and written in batches; with
     * {@code writeThrough} it reaches the database before this returns, for keys near their inactivity deadline.
     */
    void recordUse(ApiKey key, Instant at, boolean writeThrough);

    /** Writes everything recorded so far in one batched statement. */
    void flush();
}
