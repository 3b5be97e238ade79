package dev.keysmith.adapters.persistence.integrator;

import dev.keysmith.application.port.out.IntegratorPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.integrator.IntegratorNotFoundException;
import dev.keysmith.domain.key.ApiKeyId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Integrators in PostgreSQL; the key they were made for is the {@code integrator_id} of the key's row. */
@ApplicationScoped
public class IntegratorPersistenceAdapter implements IntegratorPort {

    private final IntegratorPanacheRepository repository;

    IntegratorPersistenceAdapter(IntegratorPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public void insertIntegrator(Integrator integrator) {
        IntegratorJpaEntity entity = new IntegratorJpaEntity();
        IntegratorMapper.copyInto(integrator, entity);
        repository.persistAndFlush(entity);
    }

    @Override
    public void updateIntegrator(Integrator integrator) {
        IntegratorJpaEntity entity = repository
                .findByIdOptional(integrator.id().value())
                .orElseThrow(() -> new IntegratorNotFoundException(integrator.id()));
        IntegratorMapper.copyInto(integrator, entity);
        repository.flush();
    }

    @Override
    public Optional<Integrator> loadIntegrator(IntegratorId id) {
        return repository.findByIdOptional(id.value()).map(IntegratorMapper::toDomain);
    }

    @Override
    public Optional<Integrator> lockIntegrator(IntegratorId id) {
        return repository
                .findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE)
                .map(IntegratorMapper::toDomain);
    }

    @Override
    public List<Integrator> loadIntegrators(AccountId account) {
        return repository.list("accountId", Sort.by("name").and("id"), account.value()).stream()
                .map(IntegratorMapper::toDomain)
                .toList();
    }

    @Override
    public void assignKey(ApiKeyId key, IntegratorId integrator) {
        repository.flush();
        repository
                .getEntityManager()
                .createNativeQuery("UPDATE api_key SET integrator_id = :integrator WHERE id = :key")
                .setParameter("integrator", integrator.value())
                .setParameter("key", key.value())
                .executeUpdate();
    }

    @Override
    public Optional<IntegratorId> integratorOf(ApiKeyId key) {
        List<?> found = repository
                .getEntityManager()
                .createNativeQuery("SELECT integrator_id FROM api_key WHERE id = :key AND integrator_id IS NOT NULL")
                .setParameter("key", key.value())
                .getResultList();
        return found.stream().findFirst().map(id -> new IntegratorId((UUID) id));
    }

    @Override
    public List<ApiKeyId> keysOf(IntegratorId integrator) {
        List<?> found = repository
                .getEntityManager()
                .createNativeQuery("SELECT id FROM api_key WHERE integrator_id = :integrator")
                .setParameter("integrator", integrator.value())
                .getResultList();
        return found.stream().map(id -> new ApiKeyId((UUID) id)).toList();
    }
}
