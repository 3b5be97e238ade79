package dev.keysmith.application.port.in.auth;

import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;

/** A product backend exchanges its client credentials for a verifier token (OAuth2 client credentials). */
public interface IssueVerifierTokenUseCase {

    AccessToken issueVerifierToken(ClientCredentials credentials);

    record ClientCredentials(String clientId, String clientSecret, String clientIp) {

        @Override
        public String toString() {
            return "ClientCredentials[" + clientId + ", redacted]";
        }
    }
}
