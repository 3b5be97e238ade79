package dev.keysmith.adapters.rest.auth;

import dev.keysmith.application.port.in.auth.IssueVerifierTokenUseCase.IssueVerifierTokenCommand;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An OAuth2 client credentials request: the grant type plus the client's id and secret, from HTTP Basic
 * (RFC 6749 §2.3.1, each part form-encoded) or else from the form fields.
 */
record ClientCredentialsForm(String grantType, String clientId, String clientSecret, String authorization) {

    static final String GRANT_TYPE = "client_credentials";

    /** Missing or unreadable credentials go on as nulls, so they fail like wrong ones: 401 INVALID_CLIENT. */
    IssueVerifierTokenCommand toCommand(String clientIp) {
        if (!GRANT_TYPE.equals(grantType)) {
            throw new UnsupportedGrantTypeException();
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).strip(), clientIp);
        }
        return new IssueVerifierTokenCommand(clientId, clientSecret, clientIp);
    }

    private static IssueVerifierTokenCommand basic(String encoded, String clientIp) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return new IssueVerifierTokenCommand(null, null, clientIp);
            }
            return new IssueVerifierTokenCommand(
                    formDecode(decoded.substring(0, colon)), formDecode(decoded.substring(colon + 1)), clientIp);
        } catch (IllegalArgumentException e) {
            return new IssueVerifierTokenCommand(null, null, clientIp);
        }
    }

    private static String formDecode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ClientCredentialsForm[" + grantType + ", redacted]";
    }
}
