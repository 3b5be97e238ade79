package dev.keysmith.domain.delivery;

import dev.keysmith.domain.shared.ConflictException;

/** The key was already shown to its integrator; Keysmith no longer has it. Regenerate to send a new one. */
public final class DeliveryAlreadyRevealedException extends ConflictException {

    public DeliveryAlreadyRevealedException() {
        super("DELIVERY_ALREADY_REVEALED", "the integrator already saw this key; regenerate it to deliver a new one");
    }
}
