package dev.keysmith.bootstrap.metrics;

import dev.keysmith.application.port.in.auth.IssueVerifierTokenUseCase;
import dev.keysmith.application.port.in.auth.LoginUseCase;
import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;
import dev.keysmith.domain.shared.ThrottledException;
import dev.keysmith.domain.shared.UnauthenticatedException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sign-ins of people and token requests of verifier clients by outcome ({@code keysmith_sign_ins_total}):
 * {@code success}, {@code failure} (wrong credentials) or {@code throttled} (the sign-in throttle's waits).
 */
public final class MeteredSignIn implements LoginUseCase, IssueVerifierTokenUseCase {

    static final String NAME = "keysmith.sign.ins";

    private final LoginUseCase logins;
    private final IssueVerifierTokenUseCase verifierTokens;
    private final MeterRegistry registry;

    public MeteredSignIn(LoginUseCase logins, IssueVerifierTokenUseCase verifierTokens, MeterRegistry registry) {
        this.logins = logins;
        this.verifierTokens = verifierTokens;
        this.registry = registry;
    }

    @Override
    public AccessToken login(LoginCommand command) {
        try {
            AccessToken token = logins.login(command);
            count("user", "success");
            return token;
        } catch (ThrottledException throttled) {
            count("user", "throttled");
            throw throttled;
        } catch (UnauthenticatedException failed) {
            count("user", "failure");
            throw failed;
        }
    }

    @Override
    public AccessToken issueVerifierToken(IssueVerifierTokenCommand credentials) {
        try {
            AccessToken token = verifierTokens.issueVerifierToken(credentials);
            count("verifier", "success");
            return token;
        } catch (UnauthenticatedException failed) {
            count("verifier", "failure");
            throw failed;
        }
    }

    private void count(String who, String outcome) {
        registry.counter(NAME, "who", who, "outcome", outcome).increment();
    }
}
