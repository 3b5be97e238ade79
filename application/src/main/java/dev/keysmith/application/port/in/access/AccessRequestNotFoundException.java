package dev.keysmith.application.port.in.access;

import dev.keysmith.domain.shared.NotFoundException;

/** No access request with that id. */
public final class AccessRequestNotFoundException extends NotFoundException {

    public AccessRequestNotFoundException() {
        super("ACCESS_REQUEST_NOT_FOUND", "no such access request");
    }
}
