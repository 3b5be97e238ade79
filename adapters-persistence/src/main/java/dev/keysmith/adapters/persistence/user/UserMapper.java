package dev.keysmith.adapters.persistence.user;

import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import dev.keysmith.domain.user.PinGuard;
import dev.keysmith.domain.user.User;
import dev.keysmith.domain.user.UserId;

final class UserMapper {

    private UserMapper() {}

    static User toDomain(UserJpaEntity entity) {
        return new User(
                new UserId(entity.id),
                new Email(entity.email),
                new DisplayName(entity.displayName),
                entity.passwordHash,
                entity.pinHash,
                new PinGuard(entity.pinFailures, entity.pinLockedUntil, entity.pinDisabled),
                entity.operator,
                entity.active,
                entity.tokenGeneration,
                entity.createdAt);
    }

    static void copyInto(User user, UserJpaEntity entity) {
        entity.id = user.id().value();
        entity.email = user.email().value();
        entity.displayName = user.displayName().value();
        entity.passwordHash = user.passwordHash();
        entity.pinHash = user.pinHash();
        entity.pinFailures = user.pinGuard().consecutiveFailures();
        entity.pinLockedUntil = user.pinGuard().lockedUntil();
        entity.pinDisabled = user.pinGuard().disabled();
        entity.operator = user.operator();
        entity.active = user.active();
        entity.tokenGeneration = user.tokenGeneration();
        entity.createdAt = user.createdAt();
    }
}
