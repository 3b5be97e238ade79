package dev.keysmith.application.user;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.user.BootstrapOperatorUseCase;
import dev.keysmith.application.port.out.RandomTokenPort;
import dev.keysmith.application.port.out.SecretHasherPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.shared.Require;
import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.Password;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import java.time.Clock;
import java.util.Optional;

/** Creates the first operator on a start with none; does nothing once one exists. */
public final class OperatorBootstrapService implements BootstrapOperatorUseCase {

    private final UserPort users;
    private final SecretHasherPort hasher;
    private final RandomTokenPort random;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public OperatorBootstrapService(
            UserPort users,
            SecretHasherPort hasher,
            RandomTokenPort random,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.random = random;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<String> ensureFirstOperator(BootstrapOperatorCommand command) {
        Email address = Require.present(command.email(), "email");
        String password = command.password();
        String chosen = password == null || password.isBlank() ? random.newToken(18) : password;
        Password checked = new Password(chosen);
        return transactions.inTransaction(() -> {
            if (users.anyOperatorExists()) {
                return Optional.<String>empty();
            }
            User operator = User.register(
                    UserId.random(),
                    address,
                    new DisplayName("Operator"),
                    hasher.hash(checked.value()),
                    null,
                    true,
                    clock.instant());
            users.insertUser(operator);
            audit.record(Caller.system(), AuditAction.OPERATOR_CREATED, "user", operator.id(), null);
            return password == null || password.isBlank() ? Optional.of(chosen) : Optional.<String>empty();
        });
    }
}
