package dev.keysmith.application.port.out;

import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Loads and stores people. */
public interface UserPort {

    Optional<User> loadUser(UserId id);

    Optional<User> loadUserByEmail(Email email);

    /** Loads the user and locks the row until the transaction ends, so attempt counters stay exact. */
    Optional<User> lockUser(UserId id);

    boolean anyOperatorExists();

    /** Every operator, active or deactivated, oldest first. */
    List<User> loadOperators();

    /** The active operators, their rows locked until the transaction ends (so two cannot remove each other). */
    List<User> lockActiveOperators();

    /** Stores a new user; throws {@code EmailTakenException} if the email is used. */
    void insertUser(User user);

    void updateUser(User user);
}
