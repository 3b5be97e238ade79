package dev.keysmith.adapters.persistence.user;

import dev.keysmith.adapters.persistence.shared.Constraints;
import dev.keysmith.adapters.persistence.shared.RowLocks;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.application.user.EmailTakenException;
import dev.keysmith.application.user.UserNotFoundException;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

/** Stores people in {@code app_user}. */
@ApplicationScoped
public class UserPersistenceAdapter implements UserPort {

    private final UserPanacheRepository repository;

    UserPersistenceAdapter(UserPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<User> loadUser(UserId id) {
        return repository.findByIdOptional(id.value()).map(UserMapper::toDomain);
    }

    @Override
    public Optional<User> loadUserByEmail(Email email) {
        return repository.find("email", email.value()).firstResultOptional().map(UserMapper::toDomain);
    }

    @Override
    public Optional<User> lockUser(UserId id) {
        return RowLocks.lock(repository.getEntityManager(), UserJpaEntity.class, id.value()).map(UserMapper::toDomain);
    }

    @Override
    public boolean anyOperatorExists() {
        return repository.find("operator", true).firstResultOptional().isPresent();
    }

    @Override
    public void insertUser(User user) {
        UserJpaEntity entity = new UserJpaEntity();
        UserMapper.copyInto(user, entity);
        try {
            repository.persistAndFlush(entity);
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "app_user_email_unique")) {
                throw new EmailTakenException();
            }
            throw e;
        }
    }

    @Override
    public void updateUser(User user) {
        UserJpaEntity entity = repository.findByIdOptional(user.id().value()).orElseThrow(UserNotFoundException::new);
        UserMapper.copyInto(user, entity);
    }
}
