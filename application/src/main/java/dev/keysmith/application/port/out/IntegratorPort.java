package dev.keysmith.application.port.out;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.key.ApiKeyId;
import java.util.List;
import java.util.Optional;

/** Stores integrators, and which keys were made for which of them. */
public interface IntegratorPort {

    void insertIntegrator(Integrator integrator);

    void updateIntegrator(Integrator integrator);

    Optional<Integrator> loadIntegrator(IntegratorId id);

    /** Locks the integrator's row until the transaction ends, so its changes and its keys' changes line up. */
    Optional<Integrator> lockIntegrator(IntegratorId id);

    /** The account's integrators, by name. */
    List<Integrator> loadIntegrators(AccountId account);

    /** Marks a stored key as made for the integrator. */
    void assignKey(ApiKeyId key, IntegratorId integrator);

    /** The integrator a key was made for, if any. */
    Optional<IntegratorId> integratorOf(ApiKeyId key);

    /** Every key made for the integrator, live or dead. */
    List<ApiKeyId> keysOf(IntegratorId integrator);
}
