package dev.keysmith.adapters.rest.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;

/** The OAuth2 access token response (RFC 6749 §5.1), with its snake_case names. */
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn) {

    public static TokenResponse from(AccessToken token) {
        return new TokenResponse(token.token(), "Bearer", token.expiresInSeconds());
    }

    @Override
    public String toString() {
        return "TokenResponse[redacted, expiresIn=" + expiresIn + "]";
    }
}
