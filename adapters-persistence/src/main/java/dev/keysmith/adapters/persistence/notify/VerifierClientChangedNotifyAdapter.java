package dev.keysmith.adapters.persistence.notify;

import dev.keysmith.adapters.persistence.verify.ChangeChannel;
import dev.keysmith.application.port.out.VerifierClientChangedPort;
import dev.keysmith.domain.verifier.VerifierClientId;
import jakarta.enterprise.context.ApplicationScoped;

/** Announces a verifier client's change on the {@link ChangeChannel}. Payload: {@code client:<clientId>}. */
@ApplicationScoped
public class VerifierClientChangedNotifyAdapter implements VerifierClientChangedPort {

    public static final String CLIENT_PREFIX = "client:";

    private final ChangeChannel changes;

    VerifierClientChangedNotifyAdapter(ChangeChannel changes) {
        this.changes = changes;
    }

    @Override
    public void verifierClientChanged(VerifierClientId client) {
        changes.announce(CLIENT_PREFIX + client.value());
    }
}
