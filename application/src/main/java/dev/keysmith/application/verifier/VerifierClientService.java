package dev.keysmith.application.verifier;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.user.ConfirmPinUseCase;
import dev.keysmith.application.port.in.user.ConfirmPinUseCase.ConfirmPinCommand;
import dev.keysmith.application.port.in.verifier.ManageVerifierClientsUseCase;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.ProductNotFoundException;
import dev.keysmith.application.port.out.RandomTokenPort;
import dev.keysmith.application.port.out.SecretHasherPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.port.out.VerifierClientChangedPort;
import dev.keysmith.application.port.out.VerifierClientNotFoundException;
import dev.keysmith.application.port.out.VerifierClientPort;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.verifier.VerifierClient;
import dev.keysmith.domain.verifier.VerifierClientId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Credentials of product backends; secrets are shown once and stored as Argon2id hashes. */
public final class VerifierClientService implements ManageVerifierClientsUseCase {

    private final VerifierClientPort clients;
    private final VerifierClientChangedPort changes;
    private final LoadProductPort products;
    private final ConfirmPinUseCase pins;
    private final SecretHasherPort hasher;
    private final RandomTokenPort random;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public VerifierClientService(
            VerifierClientPort clients,
            VerifierClientChangedPort changes,
            LoadProductPort products,
            ConfirmPinUseCase pins,
            SecretHasherPort hasher,
            RandomTokenPort random,
            TransactionPort transactions,
            AuditTrail audit,
            Clock clock) {
        this.clients = clients;
        this.changes = changes;
        this.products = products;
        this.pins = pins;
        this.hasher = hasher;
        this.random = random;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public IssuedClient createClient(CreateVerifierClientCommand command) {
        Caller caller = command.caller();
        String name = command.name();
        Set<ProductCode> productCodes = command.products();
        caller.requireOperator();
        String secret = newSecret();
        String secretHash = hasher.hash(secret);
        return transactions.inTransaction(() -> {
            for (ProductCode code : productCodes) {
                products.loadProduct(code).orElseThrow(() -> new ProductNotFoundException(code));
            }
            VerifierClient client = new VerifierClient(
                    UUID.randomUUID(),
                    new VerifierClientId("vc_" + random.newToken(16)),
                    name,
                    productCodes,
                    secretHash,
                    true,
                    clock.instant(),
                    null);
            clients.insertVerifierClient(client);
            audit.record(
                    caller,
                    AuditAction.VERIFIER_CLIENT_CREATED,
                    "verifierClient",
                    client.id(),
                    null,
                    Map.of("clientId", client.clientId().value(), "products", productList(client)));
            return new IssuedClient(client, secret);
        });
    }

    @Override
    public List<VerifierClient> listClients(ListVerifierClientsQuery query) {
        Caller caller = query.caller();
        caller.requireOperator();
        return clients.loadVerifierClients();
    }

    @Override
    public IssuedClient rollSecret(RollVerifierClientSecretCommand command) {
        Caller caller = command.caller();
        UUID id = command.client();
        String pin = command.pin();
        caller.requireOperator();
        clients.loadVerifierClient(id).orElseThrow(VerifierClientNotFoundException::new);
        pins.confirmPin(new ConfirmPinCommand(caller, pin, null));
        String secret = newSecret();
        String secretHash = hasher.hash(secret);
        return transactions.inTransaction(() -> {
            VerifierClient client = clients.loadVerifierClient(id).orElseThrow(VerifierClientNotFoundException::new);
            VerifierClient rolled = client.withSecret(secretHash, clock.instant());
            clients.updateVerifierClient(rolled);
            changes.verifierClientChanged(rolled.clientId());
            audit.record(
                    caller,
                    AuditAction.VERIFIER_CLIENT_SECRET_ROLLED,
                    "verifierClient",
                    id,
                    null,
                    Map.of("clientId", client.clientId().value()));
            return new IssuedClient(rolled, secret);
        });
    }

    @Override
    public VerifierClient setEnabled(SetVerifierClientEnabledCommand command) {
        Caller caller = command.caller();
        UUID id = command.client();
        boolean enabled = command.enabled();
        caller.requireOperator();
        return transactions.inTransaction(() -> {
            VerifierClient client = clients.loadVerifierClient(id).orElseThrow(VerifierClientNotFoundException::new);
            VerifierClient changed = client.withEnabled(enabled);
            clients.updateVerifierClient(changed);
            changes.verifierClientChanged(changed.clientId());
            audit.record(
                    caller,
                    enabled ? AuditAction.VERIFIER_CLIENT_ENABLED : AuditAction.VERIFIER_CLIENT_DISABLED,
                    "verifierClient",
                    id,
                    null,
                    Map.of("clientId", client.clientId().value()));
            return changed;
        });
    }

    private String newSecret() {
        return "vcs_" + random.newToken(32);
    }

    private static String productList(VerifierClient client) {
        return client.products().stream().map(ProductCode::value).collect(Collectors.joining(","));
    }
}
