package dev.keysmith.application.port.out;

import dev.keysmith.domain.shared.NotFoundException;

/** No verifier client with that id. */
public final class VerifierClientNotFoundException extends NotFoundException {

    public VerifierClientNotFoundException() {
        super("VERIFIER_CLIENT_NOT_FOUND", "no such verifier client");
    }
}
