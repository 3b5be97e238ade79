package dev.keysmith.application.port.out;

import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.shared.ConflictException;

/** Someone else changed the key at the same moment; reload and try again. */
public final class ConcurrentKeyChangeException extends ConflictException {

    public ConcurrentKeyChangeException(ApiKeyId id) {
        super("KEY_CHANGED_CONCURRENTLY", "key " + id + " was changed by another request; reload it and retry");
    }
}
