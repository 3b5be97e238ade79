package dev.keysmith.application.port.in.verifier;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.verifier.VerifierClient;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Operators issue, list, roll (with their PIN) and switch off product backends' credentials. */
public interface ManageVerifierClientsUseCase {

    IssuedClient createClient(CreateVerifierClientCommand command);

    List<VerifierClient> listClients(ListVerifierClientsQuery query);

    IssuedClient rollSecret(RollVerifierClientSecretCommand command);

    VerifierClient setEnabled(SetVerifierClientEnabledCommand command);

    record CreateVerifierClientCommand(Caller caller, String name, Set<ProductCode> products) {}

    record ListVerifierClientsQuery(Caller caller) {}

    /** The PIN stays text: it is checked, and its attempt counted, only once the client is known. */
    record RollVerifierClientSecretCommand(Caller caller, UUID client, String pin) {

        @Override
        public String toString() {
            return "RollVerifierClientSecretCommand[" + client + ", pin redacted]";
        }
    }

    record SetVerifierClientEnabledCommand(Caller caller, UUID client, boolean enabled) {}

    /** A client with its secret, shown this once. */
    record IssuedClient(VerifierClient client, String secret) {

        @Override
        public String toString() {
            return "IssuedClient[" + client.clientId() + ", redacted]";
        }
    }
}
