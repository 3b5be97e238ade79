package dev.keysmith.adapters.persistence.verifier;

import static dev.keysmith.adapters.persistence.support.Stored.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.application.port.out.VerifierClientPort;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.verifier.VerifierClient;
import dev.keysmith.domain.verifier.VerifierClientId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VerifierClientPersistenceTest {

    @Inject
    VerifierClientPort clients;

    @Inject
    Stored stored;

    @Test
    void aClientRoundTripsWithAllItsProducts() {
        Set<ProductCode> products = Set.of(
                stored.product().code(),
                stored.product().code(),
                stored.product().code());
        VerifierClient client = aClient(products, Stored.now());

        QuarkusTransaction.requiringNew().run(() -> clients.insertVerifierClient(client));

        VerifierClient loaded =
                read(() -> clients.loadVerifierClient(client.id())).orElseThrow();
        assertThat(loaded).isEqualTo(client);
        assertThat(loaded.products()).containsExactlyInAnyOrderElementsOf(products);
        assertThat(loaded.secretRolledAt()).isNull();
        assertThat(read(() -> clients.loadVerifierClient(client.clientId()))).contains(client);
        assertThat(read(() -> clients.loadVerifierClients())).contains(client);
    }

    @Test
    void rollingTheSecretAndDisablingAreStored() {
        Instant created = Stored.now();
        VerifierClient client = aClient(Set.of(stored.product().code()), created);
        QuarkusTransaction.requiringNew().run(() -> clients.insertVerifierClient(client));
        VerifierClient changed = client.withSecret("$argon2id$rolled", created.plus(Duration.ofDays(1)))
                .withEnabled(false);

        QuarkusTransaction.requiringNew().run(() -> clients.updateVerifierClient(changed));

        assertThat(read(() -> clients.loadVerifierClient(client.id()))).contains(changed);
    }

    @Test
    void unknownClientsAreEmpty() {
        assertThat(read(() -> clients.loadVerifierClient(UUID.randomUUID()))).isEmpty();
        assertThat(read(() -> clients.loadVerifierClient(new VerifierClientId("vc_" + "x".repeat(20)))))
                .isEmpty();
    }

    private static VerifierClient aClient(Set<ProductCode> products, Instant createdAt) {
        String clientId = "vc_" + UUID.randomUUID().toString().replace("-", "");
        return new VerifierClient(
                UUID.randomUUID(),
                new VerifierClientId(clientId),
                "Payments backend",
                products,
                "$argon2id$secret",
                true,
                createdAt,
                null);
    }
}
