package dev.keysmith.adapters.rest.auth;

import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;

/** A person's bearer token and how many seconds it lasts. */
public record LoginResponse(String accessToken, String tokenType, long expiresIn) {

    public static LoginResponse from(AccessToken token) {
        return new LoginResponse(token.token(), "Bearer", token.expiresInSeconds());
    }

    @Override
    public String toString() {
        return "LoginResponse[redacted, expiresIn=" + expiresIn + "]";
    }
}
