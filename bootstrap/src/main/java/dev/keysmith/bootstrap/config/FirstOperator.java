package dev.keysmith.bootstrap.config;

import dev.keysmith.application.port.in.user.BootstrapOperatorUseCase;
import dev.keysmith.application.port.in.user.BootstrapOperatorUseCase.BootstrapOperatorCommand;
import dev.keysmith.domain.user.Email;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * On a start with no operator, creates one from {@code keysmith.bootstrap.operator.*}; without a configured
 * password, generates one and prints it once, since nobody could sign in otherwise.
 */
public class FirstOperator {

    private static final Logger LOG = Logger.getLogger(FirstOperator.class);

    void create(@Observes StartupEvent started, BootstrapOperatorUseCase operators, KeysmithConfig config) {
        String email = config.bootstrap().operator().email();
        Optional<String> password = config.bootstrap().operator().password();
        BootstrapOperatorCommand command = new BootstrapOperatorCommand(new Email(email), password.orElse(null));
        operators
                .ensureFirstOperator(command)
                .ifPresent(generated ->
                        // Printed on purpose, once: it is the only way into a fresh installation without configuration.
                        System.out.printf(
                                "%n  Keysmith's first operator: %s%n  password (shown once): %s%n"
                                        + "  change it after signing in: PUT /v1/me/password {currentPassword, newPassword}%n%n",
                                email, generated));
        LOG.debugf("first operator ensured for %s", email);
    }
}
