package dev.keysmith.adapters.persistence.user;

import dev.keysmith.adapters.persistence.shared.Constraints;
import dev.keysmith.adapters.persistence.shared.RowLocks;
import dev.keysmith.adapters.persistence.verify.ChangeChannel;
import dev.keysmith.application.port.out.EmailTakenException;
import dev.keysmith.application.port.out.UserNotFoundException;
import dev.keysmith.application.port.out.UserPort;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;

/** Stores people in {@code app_user}. */
@ApplicationScoped
public class UserPersistenceAdapter implements UserPort {

    private final UserPanacheRepository repository;
    private final ChangeChannel changes;

    UserPersistenceAdapter(UserPanacheRepository repository, ChangeChannel changes) {
        this.repository = repository;
        this.changes = changes;
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
        return RowLocks.lock(repository.getEntityManager(), UserJpaEntity.class, id.value())
                .map(UserMapper::toDomain);
    }

    @Override
    public boolean anyOperatorExists() {
        return repository.find("operator", true).firstResultOptional().isPresent();
    }

    @Override
    public List<User> loadOperators() {
        return repository.list("operator", Sort.by("createdAt").and("id")).stream()
                .map(UserMapper::toDomain)
                .toList();
    }

    @Override
    public List<User> lockActiveOperators() {
        // In id order, so two transactions locking the same operators never wait on each other in a circle;
        // PostgreSQL re-checks the condition after a wait, so one deactivated meanwhile drops out.
        return repository
                .find("operator = true and active = true", Sort.by("id"))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .stream()
                .map(UserMapper::toDomain)
                .toList();
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
        boolean tokensEnded = entity.tokenGeneration != user.tokenGeneration();
        UserMapper.copyInto(user, entity);
        if (tokensEnded) {
            // Every instance drops the person's cached token generation, this one as the transaction ends.
            changes.announce("user:" + user.id().value());
        }
    }
}
