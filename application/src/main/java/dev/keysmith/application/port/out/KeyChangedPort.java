package dev.keysmith.application.port.out;

import dev.keysmith.domain.key.ApiKeyId;

/** Tells every instance's verification cache that a key changed; sent when the transaction commits. */
public interface KeyChangedPort {

    void keyChanged(ApiKeyId key);
}
