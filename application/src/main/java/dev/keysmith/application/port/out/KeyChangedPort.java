package dev.keysmith.application.port.out;

import dev.keysmith.domain.key.ApiKeyId;
import java.util.Collection;

/** Tells every instance's verification cache that a key changed; sent when the transaction commits. */
public interface KeyChangedPort {

    void keyChanged(ApiKeyId key);

    /** Many keys changed in one transaction (a sweep batch); adapters may announce them together. */
    default void keysChanged(Collection<ApiKeyId> keys) {
        keys.forEach(this::keyChanged);
    }
}
