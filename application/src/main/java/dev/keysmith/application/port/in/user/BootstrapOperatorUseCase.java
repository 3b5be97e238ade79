package dev.keysmith.application.port.in.user;

import dev.keysmith.domain.user.Email;
import java.util.Optional;

/** On a start with no operator, creates the first one; later starts change nothing. */
public interface BootstrapOperatorUseCase {

    /** @return the generated password, present only when an operator was created without a configured one */
    Optional<String> ensureFirstOperator(BootstrapOperatorCommand command);

    /** {@code password} is the configured password, or null to generate one. */
    record BootstrapOperatorCommand(Email email, String password) {

        @Override
        public String toString() {
            return "BootstrapOperatorCommand[" + email + ", password redacted]";
        }
    }
}
