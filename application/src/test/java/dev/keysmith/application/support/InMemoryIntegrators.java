package dev.keysmith.application.support;

import dev.keysmith.application.port.out.IntegratorPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.integrator.IntegratorNotFoundException;
import dev.keysmith.domain.key.ApiKeyId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake of the integrator port, backed by maps, held to its contract (InMemoryPortsContractTest). */
public final class InMemoryIntegrators implements IntegratorPort {

    public final Map<IntegratorId, Integrator> integrators = new LinkedHashMap<>();
    /** Which integrator each key was made for. */
    public final Map<ApiKeyId, IntegratorId> owners = new LinkedHashMap<>();

    @Override
    public void insertIntegrator(Integrator integrator) {
        integrators.put(integrator.id(), integrator);
    }

    @Override
    public void updateIntegrator(Integrator integrator) {
        if (!integrators.containsKey(integrator.id())) {
            throw new IntegratorNotFoundException(integrator.id());
        }
        integrators.put(integrator.id(), integrator);
    }

    @Override
    public Optional<Integrator> loadIntegrator(IntegratorId id) {
        return Optional.ofNullable(integrators.get(id));
    }

    @Override
    public Optional<Integrator> lockIntegrator(IntegratorId id) {
        return loadIntegrator(id);
    }

    @Override
    public List<Integrator> loadIntegrators(AccountId account) {
        return integrators.values().stream()
                .filter(i -> i.accountId().equals(account))
                .sorted(Comparator.comparing(Integrator::name)
                        .thenComparing(i -> i.id().value().toString()))
                .toList();
    }

    @Override
    public void assignKey(ApiKeyId key, IntegratorId integrator) {
        owners.put(key, integrator);
    }

    @Override
    public Optional<IntegratorId> integratorOf(ApiKeyId key) {
        return Optional.ofNullable(owners.get(key));
    }

    @Override
    public List<ApiKeyId> keysOf(IntegratorId integrator) {
        return owners.entrySet().stream()
                .filter(e -> e.getValue().equals(integrator))
                .map(Map.Entry::getKey)
                .toList();
    }
}
