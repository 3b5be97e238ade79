package dev.keysmith.adapters.rest.auth;

import dev.keysmith.domain.shared.DomainException;

/** The token endpoint speaks only the OAuth2 client credentials grant. */
public final class UnsupportedGrantTypeException extends DomainException {

    public UnsupportedGrantTypeException() {
        super("UNSUPPORTED_GRANT_TYPE", "grant_type must be client_credentials");
    }
}
