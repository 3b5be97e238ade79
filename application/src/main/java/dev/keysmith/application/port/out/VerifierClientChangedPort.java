package dev.keysmith.application.port.out;

import dev.keysmith.domain.verifier.VerifierClientId;

/**
 * Tells every instance that a verifier client was enabled, disabled or given a new secret, so what they
 * remember of it is dropped; sent when the surrounding transaction commits.
 */
public interface VerifierClientChangedPort {

    void verifierClientChanged(VerifierClientId client);
}
