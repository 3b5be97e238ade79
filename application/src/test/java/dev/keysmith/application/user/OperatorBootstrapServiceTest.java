package dev.keysmith.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.keysmith.application.port.in.user.BootstrapOperatorUseCase.BootstrapOperatorCommand;
import dev.keysmith.application.support.World;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperatorBootstrapServiceTest {

    private final World world = new World();
    private final OperatorBootstrapService bootstrap = new OperatorBootstrapService(
            world.store, world.hasher, world.tokens, world.transactions, world.audit, world.clock);

    @Test
    void aFreshInstallationGetsOneOperatorWithAGeneratedPasswordShownOnce() {
        Optional<String> generated =
                bootstrap.ensureFirstOperator(new BootstrapOperatorCommand(new Email("Ops@Example.com"), null));

        assertThat(generated).isPresent();
        User operator = world.store.loadOperators().get(0);
        assertThat(operator.email()).isEqualTo(new Email("ops@example.com"));
        assertThat(world.hasher.matches(generated.get(), operator.passwordHash()))
                .isTrue();
        assertThat(world.store.events)
                .extracting(AuditEvent::action, AuditEvent::actorType)
                .containsExactly(tuple(AuditAction.OPERATOR_CREATED, ActorType.SYSTEM));

        assertThat(bootstrap.ensureFirstOperator(new BootstrapOperatorCommand(new Email("other@example.com"), null)))
                .isEmpty();
        assertThat(world.store.loadOperators()).hasSize(1);
    }

    @Test
    void aConfiguredPasswordIsUsedAndNeverShownOrPrinted() {
        BootstrapOperatorCommand command =
                new BootstrapOperatorCommand(new Email("ops@example.com"), "a-configured-password");

        assertThat(bootstrap.ensureFirstOperator(command)).isEmpty();
        assertThat(world.hasher.matches(
                        "a-configured-password",
                        world.store.loadOperators().get(0).passwordHash()))
                .isTrue();
        assertThat(command.toString()).contains("ops@example.com").doesNotContain("a-configured-password");
    }
}
