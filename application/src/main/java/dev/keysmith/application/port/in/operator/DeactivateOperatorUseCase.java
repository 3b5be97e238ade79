package dev.keysmith.application.port.in.operator;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;

/** Ends an operator's access: no more sign-in, every token ends. Never the last active operator. */
public interface DeactivateOperatorUseCase {

    User deactivateOperator(DeactivateOperatorCommand command);

    record DeactivateOperatorCommand(Caller caller, UserId operator) {}
}
