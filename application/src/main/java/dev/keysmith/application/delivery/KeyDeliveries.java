package dev.keysmith.application.delivery;

import dev.keysmith.application.port.out.IntegratorPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.integrator.IntegratorNotFoundException;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import java.util.Optional;

/** The part of the key lifecycle that concerns integrators, run inside the key service's transactions. */
public final class KeyDeliveries {

    private final IntegratorPort integrators;

    public KeyDeliveries(IntegratorPort integrators) {
        this.integrators = integrators;
    }

    /** The account's integrator; 404 for one of another account. */
    public Integrator integratorOf(AccountId account, IntegratorId id) {
        return integrators
                .loadIntegrator(id)
                .filter(i -> i.accountId().equals(account))
                .orElseThrow(() -> new IntegratorNotFoundException(id));
    }

    /** The integrator a stored key was made for. */
    public Optional<Integrator> integratorOf(ApiKeyId key) {
        return integrators.integratorOf(key).flatMap(integrators::loadIntegrator);
    }

    /** In the key's transaction, after it was stored: ties it to the integrator. */
    public void assign(ApiKey key, Integrator integrator) {
        integrators.assignKey(key.id(), integrator.id());
    }
}
