package dev.keysmith.adapters.persistence.integrator;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.integrator.PhoneNumber;
import dev.keysmith.domain.user.Email;

final class IntegratorMapper {

    private IntegratorMapper() {}

    static Integrator toDomain(IntegratorJpaEntity entity) {
        return new Integrator(
                new IntegratorId(entity.id),
                new AccountId(entity.accountId),
                entity.name,
                new Email(entity.email),
                new PhoneNumber(entity.phone),
                entity.active,
                entity.createdAt,
                entity.updatedAt);
    }

    static void copyInto(Integrator integrator, IntegratorJpaEntity entity) {
        entity.id = integrator.id().value();
        entity.accountId = integrator.accountId().value();
        entity.name = integrator.name();
        entity.email = integrator.email().value();
        entity.phone = integrator.phone().value();
        entity.active = integrator.active();
        entity.createdAt = integrator.createdAt();
        entity.updatedAt = integrator.updatedAt();
    }
}
