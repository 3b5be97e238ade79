package dev.keysmith.application.user;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.auth.IssueVerifierTokenUseCase;
import dev.keysmith.application.port.in.auth.LoginUseCase;
import dev.keysmith.application.port.out.AccessTokenPort;
import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;
import dev.keysmith.application.port.out.SecretHasherPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.application.port.out.VerifierClientPort;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.UnauthenticatedException;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.verifier.VerifierClient;
import dev.keysmith.domain.verifier.VerifierClientId;
import java.util.Map;
import java.util.Optional;

/** Exchanges credentials for access tokens: people's email and password, backends' client credentials. */
public final class LoginService implements LoginUseCase, IssueVerifierTokenUseCase {

    private final UserPort users;
    private final VerifierClientPort verifierClients;
    private final PasswordCheck passwords;
    private final SecretHasherPort hasher;
    private final AccessTokenPort tokens;
    private final TransactionPort transactions;
    private final AuditTrail audit;

    public LoginService(
            UserPort users,
            VerifierClientPort verifierClients,
            PasswordCheck passwords,
            SecretHasherPort hasher,
            AccessTokenPort tokens,
            TransactionPort transactions,
            AuditTrail audit) {
        this.users = users;
        this.verifierClients = verifierClients;
        this.passwords = passwords;
        this.hasher = hasher;
        this.tokens = tokens;
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public AccessToken login(LoginCommand command) {
        Caller caller = Caller.anonymous(command.clientIp());
        Optional<User> signedIn = transactions.inTransaction(() -> {
            Optional<User> user = parseEmail(command.email()).flatMap(users::loadUserByEmail);
            boolean right = passwords.check(command.email(), user, command.password(), caller);
            // A deactivated operator gets the same answer as a wrong password.
            if (!right || !user.get().active()) {
                audit.record(
                        caller,
                        AuditAction.LOGIN_FAILED,
                        "user",
                        user.map(User::id).orElse(null),
                        null,
                        Map.of("reason", user.isEmpty() ? "unknown email" : right ? "deactivated" : "wrong password"));
                return Optional.<User>empty();
            }
            audit.record(
                    Caller.user(user.get().id(), user.get().activeOperator(), command.clientIp()),
                    AuditAction.LOGIN_SUCCEEDED,
                    "user",
                    user.get().id(),
                    null);
            return user;
        });
        return tokens.issueFor(signedIn.orElseThrow(
                () -> new UnauthenticatedException("INVALID_CREDENTIALS", "email or password is not correct")));
    }

    @Override
    public AccessToken issueVerifierToken(IssueVerifierTokenCommand credentials) {
        Caller caller = Caller.anonymous(credentials.clientIp());
        Optional<VerifierClient> client =
                parseClientId(credentials.clientId()).flatMap(verifierClients::loadVerifierClient);
        boolean right = client.isPresent()
                && credentials.clientSecret() != null
                && hasher.matches(credentials.clientSecret(), client.get().secretHash());
        if (client.isEmpty()) {
            passwords.spendDecoyEffort(credentials.clientSecret());
        }
        if (!right || !client.get().enabled()) {
            transactions.inTransaction(() -> audit.record(
                    caller,
                    AuditAction.VERIFIER_TOKEN_REFUSED,
                    "verifierClient",
                    client.map(VerifierClient::id).orElse(null),
                    null,
                    Map.of("reason", client.isEmpty() ? "unknown client" : right ? "disabled" : "wrong secret")));
            throw new UnauthenticatedException("INVALID_CLIENT", "client authentication failed");
        }
        return tokens.issueFor(client.get());
    }

    private static Optional<Email> parseEmail(String email) {
        try {
            return Optional.of(new Email(email));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private static Optional<VerifierClientId> parseClientId(String clientId) {
        try {
            return Optional.of(new VerifierClientId(clientId));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
