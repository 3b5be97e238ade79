package dev.keysmith.domain.delivery;

import dev.keysmith.domain.shared.NotFoundException;

/** No delivery has this link, or none for this key. */
public final class DeliveryNotFoundException extends NotFoundException {

    public DeliveryNotFoundException() {
        super("DELIVERY_NOT_FOUND", "no such delivery link; ask your administrator to send the key again");
    }
}
