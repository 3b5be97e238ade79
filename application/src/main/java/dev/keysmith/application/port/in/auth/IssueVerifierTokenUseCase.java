package dev.keysmith.application.port.in.auth;

import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;

/** A product backend exchanges its client credentials for a verifier token (OAuth2 client credentials). */
public interface IssueVerifierTokenUseCase {

    AccessToken issueVerifierToken(IssueVerifierTokenCommand credentials);

    /** The client's id and secret as presented (text: wrong ones fail like unknown ones, 401 INVALID_CLIENT). */
    record IssueVerifierTokenCommand(String clientId, String clientSecret, String clientIp) {

        @Override
        public String toString() {
            return "IssueVerifierTokenCommand[" + clientId + ", redacted]";
        }
    }
}
