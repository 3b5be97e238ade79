package dev.keysmith.application.user;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.user.ChangePasswordUseCase;
import dev.keysmith.application.port.in.user.WrongPasswordException;
import dev.keysmith.application.port.out.AccessTokenPort;
import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;
import dev.keysmith.application.port.out.SecretHasherPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.port.out.UserNotFoundException;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.user.Password;
import dev.keysmith.domain.user.User;
import java.util.Optional;

/** Changes one's own password; the new token generation ends every token issued before. */
public final class PasswordService implements ChangePasswordUseCase {

    private final UserPort users;
    private final PasswordCheck passwords;
    private final SecretHasherPort hasher;
    private final AccessTokenPort tokens;
    private final TransactionPort transactions;
    private final AuditTrail audit;

    public PasswordService(
            UserPort users,
            PasswordCheck passwords,
            SecretHasherPort hasher,
            AccessTokenPort tokens,
            TransactionPort transactions,
            AuditTrail audit) {
        this.users = users;
        this.passwords = passwords;
        this.hasher = hasher;
        this.tokens = tokens;
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public AccessToken changePassword(ChangePasswordCommand command) {
        Password chosen = new Password(command.newPassword());
        String newHash = hasher.hash(chosen.value());
        Optional<User> changed = transactions.inTransaction(() -> {
            User user = users.lockUser(command.caller().userId()).orElseThrow(UserNotFoundException::new);
            if (!passwords.check(user, command.currentPassword(), command.caller())) {
                return Optional.<User>empty();
            }
            User updated = user.withPassword(newHash);
            users.updateUser(updated);
            audit.record(command.caller(), AuditAction.PASSWORD_CHANGED, "user", user.id(), null);
            return Optional.of(updated);
        });
        return tokens.issueFor(changed.orElseThrow(WrongPasswordException::new));
    }
}
