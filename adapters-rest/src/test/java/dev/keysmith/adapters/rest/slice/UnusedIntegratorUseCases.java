package dev.keysmith.adapters.rest.slice;

import dev.keysmith.application.port.in.delivery.ManageKeyDeliveriesUseCase;
import dev.keysmith.application.port.in.delivery.RevealKeyUseCase;
import dev.keysmith.application.port.in.integrator.ManageIntegratorsUseCase;
import dev.keysmith.application.port.in.key.ImportApiKeyUseCase;
import dev.keysmith.application.port.in.product.ManageDefaultProductsUseCase;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.key.ApiKey;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/**
 * Satisfies the dependencies of the integrator, delivery, import and default-product resources; bootstrap's
 * IntegratorApiTest, KeyDeliveryFlowTest, KeyImportTest and DefaultProductsTest cover those slices end to end.
 */
@Singleton
public class UnusedIntegratorUseCases
        implements ManageIntegratorsUseCase,
                ManageKeyDeliveriesUseCase,
                RevealKeyUseCase,
                ImportApiKeyUseCase,
                ManageDefaultProductsUseCase {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public Integrator createIntegrator(CreateIntegratorCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Integrator> listIntegrators(ListIntegratorsQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Integrator getIntegrator(GetIntegratorQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Integrator changeIntegrator(ChangeIntegratorCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public KeyDelivery currentDelivery(GetKeyDeliveryQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public KeyDelivery resendDelivery(ResendKeyDeliveryCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public RevealedKey reveal(RevealKeyCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void checkLink(CheckLinkQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ApiKey importKey(ImportApiKeyCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean enabledByDefault(GetEnabledByDefaultQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean setEnabledByDefault(SetEnabledByDefaultCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int enableForAll(EnableForAllCommand command) {
        throw new UnsupportedOperationException();
    }
}
