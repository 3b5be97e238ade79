package dev.keysmith.domain.delivery;

import dev.keysmith.domain.shared.GoneException;

/** The link was used, expired, or ended by wrong codes or a newer delivery. */
public final class DeliveryGoneException extends GoneException {

    public DeliveryGoneException() {
        super(
                "DELIVERY_GONE",
                "this link was already used or has expired; ask your administrator to send you a new one");
    }
}
