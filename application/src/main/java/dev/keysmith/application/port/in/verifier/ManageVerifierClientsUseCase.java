package dev.keysmith.application.port.in.verifier;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.verifier.VerifierClient;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Operators issue, list, roll (with their PIN) and switch off product backends' credentials. */
public interface ManageVerifierClientsUseCase {

    IssuedClient createClient(Caller caller, String name, Set<ProductCode> products);

    List<VerifierClient> listClients(Caller caller);

    IssuedClient rollSecret(Caller caller, UUID id, String pin);

    VerifierClient setEnabled(Caller caller, UUID id, boolean enabled);

    /** A client with its secret, shown this once. */
    record IssuedClient(VerifierClient client, String secret) {

        @Override
        public String toString() {
            return "IssuedClient[" + client.clientId() + ", redacted]";
        }
    }
}
