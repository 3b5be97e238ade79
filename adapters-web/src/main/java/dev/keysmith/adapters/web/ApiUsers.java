package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.delivery.ManageKeyDeliveriesUseCase;
import dev.keysmith.application.port.in.delivery.ManageKeyDeliveriesUseCase.GetKeyDeliveryQuery;
import dev.keysmith.application.port.in.integrator.ManageIntegratorsUseCase;
import dev.keysmith.application.port.in.integrator.ManageIntegratorsUseCase.GetIntegratorQuery;
import dev.keysmith.application.port.in.integrator.ManageIntegratorsUseCase.ListIntegratorsQuery;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.delivery.DeliveryNotFoundException;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The API users (integrators) of an account and which key each was made for, read through the same use cases as
 * the API: a key belongs to the API user its delivery went to.
 */
@ApplicationScoped
public class ApiUsers {

    private final ManageIntegratorsUseCase integrators;
    private final ManageKeyDeliveriesUseCase deliveries;

    ApiUsers(ManageIntegratorsUseCase integrators, ManageKeyDeliveriesUseCase deliveries) {
        this.integrators = integrators;
        this.deliveries = deliveries;
    }

    List<Integrator> of(Caller caller, AccountId account) {
        return integrators.listIntegrators(new ListIntegratorsQuery(caller, account));
    }

    Integrator one(Caller caller, AccountId account, IntegratorId integrator) {
        return integrators.getIntegrator(new GetIntegratorQuery(caller, account, integrator));
    }

    /** The newest delivery of the key; empty for a key made for the account's admins. */
    Optional<KeyDelivery> delivery(Caller caller, AccountId account, ApiKeyId key) {
        try {
            return Optional.of(deliveries.currentDelivery(new GetKeyDeliveryQuery(caller, account, key)));
        } catch (DeliveryNotFoundException none) {
            return Optional.empty();
        }
    }

    /** The API user each key was made for, among the account's ({@code apiUsers}); without any, nothing is asked. */
    Map<ApiKeyId, Integrator> byKey(Caller caller, AccountId account, List<Integrator> apiUsers, List<ApiKey> keys) {
        Map<IntegratorId, Integrator> known =
                apiUsers.stream().collect(Collectors.toMap(Integrator::id, Function.identity()));
        Map<ApiKeyId, Integrator> owners = new HashMap<>();
        if (known.isEmpty()) {
            return owners;
        }
        for (ApiKey key : keys) {
            delivery(caller, account, key.id())
                    .map(d -> known.get(d.integratorId()))
                    .ifPresent(owner -> owners.put(key.id(), owner));
        }
        return owners;
    }
}
