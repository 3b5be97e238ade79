package dev.keysmith.application.port.out;

import dev.keysmith.domain.verifier.VerifierClient;
import dev.keysmith.domain.verifier.VerifierClientId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores product backends' credentials (secret hashes only). */
public interface VerifierClientPort {

    Optional<VerifierClient> loadVerifierClient(UUID id);

    Optional<VerifierClient> loadVerifierClient(VerifierClientId clientId);

    List<VerifierClient> loadVerifierClients();

    void insertVerifierClient(VerifierClient client);

    void updateVerifierClient(VerifierClient client);
}
