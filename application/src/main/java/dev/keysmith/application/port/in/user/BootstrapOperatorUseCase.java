package dev.keysmith.application.port.in.user;

import java.util.Optional;

/** On a start with no operator, creates the first one; later starts change nothing. */
public interface BootstrapOperatorUseCase {

    /**
     * @param password the configured password, or null to generate one
     * @return the generated password, present only when an operator was created without a configured one
     */
    Optional<String> ensureFirstOperator(String email, String password);
}
