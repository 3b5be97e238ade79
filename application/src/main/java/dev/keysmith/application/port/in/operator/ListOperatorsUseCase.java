package dev.keysmith.application.port.in.operator;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.user.User;
import java.util.List;

/** Operators see every operator, active or deactivated. */
public interface ListOperatorsUseCase {

    List<User> listOperators(ListOperatorsQuery query);

    record ListOperatorsQuery(Caller caller) {}
}
