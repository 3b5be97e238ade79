package dev.keysmith.application.user;

import static dev.keysmith.application.support.World.as;
import static dev.keysmith.domain.audit.AuditAction.OPERATOR_DEACTIVATED;
import static dev.keysmith.domain.audit.AuditAction.OPERATOR_INVITATION_ACCEPTED;
import static dev.keysmith.domain.audit.AuditAction.OPERATOR_INVITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.in.operator.AcceptOperatorInvitationUseCase.AcceptOperatorInvitationCommand;
import dev.keysmith.application.port.in.operator.DeactivateOperatorUseCase.DeactivateOperatorCommand;
import dev.keysmith.application.port.in.operator.InviteOperatorUseCase.InviteOperatorCommand;
import dev.keysmith.application.port.in.operator.InviteOperatorUseCase.IssuedOperatorInvitation;
import dev.keysmith.application.port.in.operator.ListOperatorsUseCase.ListOperatorsQuery;
import dev.keysmith.application.support.World;
import dev.keysmith.domain.account.Invitation.InvitationNotUsableException;
import dev.keysmith.domain.shared.PermissionDeniedException;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.LastOperatorException;
import dev.keysmith.domain.user.OperatorNotFoundException;
import dev.keysmith.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OperatorServiceTest {

    private final World world = new World();
    private final OperatorService operators = new OperatorService(
            world.store,
            world.store,
            world.passwords,
            world.hasher,
            world.tokens,
            world.mailbox,
            world.transactions,
            world.audit,
            world.clock);

    private User invitedOperator(User inviter, String email) {
        IssuedOperatorInvitation issued =
                operators.inviteOperator(new InviteOperatorCommand(as(inviter), new Email(email)));
        return operators.acceptOperatorInvitation(new AcceptOperatorInvitationCommand(
                issued.token(), "Second", "a-long-new-password", "730582", "203.0.113.9"));
    }

    @Test
    void anInvitedOperatorAcceptsOnceWithPasswordAndPin() {
        User first = world.operator();
        IssuedOperatorInvitation issued =
                operators.inviteOperator(new InviteOperatorCommand(as(first), new Email("second@example.com")));
        assertThat(world.mailbox.sent)
                .singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains(issued.token()));
        // Accepted a minute later: operators are listed oldest first, and the store breaks ties by id.
        world.clock.advance(Duration.ofMinutes(1));

        User second = operators.acceptOperatorInvitation(new AcceptOperatorInvitationCommand(
                issued.token(), "Second", "a-long-new-password", "730582", "203.0.113.9"));

        assertThat(second.activeOperator()).isTrue();
        assertThat(second.hasPin()).isTrue();
        assertThat(operators.listOperators(new ListOperatorsQuery(as(first))))
                .extracting(User::id)
                .containsExactly(first.id(), second.id());
        assertThatThrownBy(() -> operators.acceptOperatorInvitation(new AcceptOperatorInvitationCommand(
                        issued.token(), "Again", "a-long-new-password", "730582", null)))
                .isInstanceOf(InvitationNotUsableException.class);
        assertThat(world.store.actions()).contains(OPERATOR_INVITED, OPERATOR_INVITATION_ACCEPTED);
    }

    @Test
    void onlyOperatorsInviteAndDeactivate() {
        User person = world.person(null);
        assertThatThrownBy(() ->
                        operators.inviteOperator(new InviteOperatorCommand(as(person), new Email("x@example.com"))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> operators.deactivateOperator(new DeactivateOperatorCommand(as(person), person.id())))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void theLastActiveOperatorStays() {
        User first = world.operator();
        User second = invitedOperator(first, "second@example.com");

        User deactivated = operators.deactivateOperator(new DeactivateOperatorCommand(as(first), second.id()));

        assertThat(deactivated.active()).isFalse();
        assertThat(deactivated.tokenGeneration()).isGreaterThan(second.tokenGeneration());
        assertThatThrownBy(() -> operators.deactivateOperator(new DeactivateOperatorCommand(as(first), first.id())))
                .isInstanceOf(LastOperatorException.class);
        assertThatThrownBy(() -> operators.deactivateOperator(new DeactivateOperatorCommand(
                        as(first), world.person(null).id())))
                .isInstanceOf(OperatorNotFoundException.class);
        assertThat(world.store.actions()).contains(OPERATOR_DEACTIVATED);
    }
}
