package dev.keysmith.adapters.rest.slice;

import dev.keysmith.application.port.in.operator.AcceptOperatorInvitationUseCase;
import dev.keysmith.application.port.in.operator.DeactivateOperatorUseCase;
import dev.keysmith.application.port.in.operator.InviteOperatorUseCase;
import dev.keysmith.application.port.in.operator.ListOperatorsUseCase;
import dev.keysmith.application.port.in.user.ChangePasswordUseCase;
import dev.keysmith.application.port.out.AccessTokenPort.AccessToken;
import dev.keysmith.application.port.out.TokenGenerationPort;
import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.OperatorInvitation;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/** Passwords, operators and token generations for the web slice: fixed answers, every token current. */
@Singleton
public class FakeIdentityUseCases
        implements ChangePasswordUseCase,
                ListOperatorsUseCase,
                InviteOperatorUseCase,
                AcceptOperatorInvitationUseCase,
                DeactivateOperatorUseCase,
                TokenGenerationPort {

    volatile Object lastInput;

    private static User operator(UserId id) {
        return User.register(
                id, new Email("op@example.com"), new DisplayName("Op"), "hash", null, true, FakeUseCases.NOW);
    }

    @Override
    public AccessToken changePassword(ChangePasswordCommand command) {
        lastInput = command;
        return new AccessToken("fresh-token", 900, Set.of());
    }

    @Override
    public List<User> listOperators(ListOperatorsQuery query) {
        return List.of(operator(query.caller().userId()));
    }

    @Override
    public IssuedOperatorInvitation inviteOperator(InviteOperatorCommand command) {
        lastInput = command;
        return new IssuedOperatorInvitation(
                OperatorInvitation.send(
                        command.email(), "digest", command.caller().userId(), FakeUseCases.NOW),
                FakeUseCases.INVITATION_TOKEN);
    }

    @Override
    public User acceptOperatorInvitation(AcceptOperatorInvitationCommand command) {
        lastInput = command;
        return operator(UserId.random());
    }

    @Override
    public User deactivateOperator(DeactivateOperatorCommand command) {
        lastInput = command;
        return operator(command.operator()).deactivated();
    }

    @Override
    public long currentGeneration(UserId user) {
        return 0;
    }
}
