package dev.keysmith.application.key;

import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.key.ImportApiKeyUseCase;
import dev.keysmith.application.port.in.key.KeyAlreadyExistsException;
import dev.keysmith.application.port.in.user.ConfirmPinUseCase;
import dev.keysmith.application.port.in.user.ConfirmPinUseCase.ConfirmPinCommand;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.IpRangePort;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.KeyHasherPort;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.ProductAccessPort;
import dev.keysmith.application.port.out.StoredDigestPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.ImportedKey;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.InvalidValueException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Imports keys of a customer's legacy system: the same checks as generating ({@link KeyIssuance}: ADMIN, approved
 * account, enabled product, allowlist, the per-product limit under its lock; then the PIN), then the key is stored
 * by the peppered digest that verification computes for an unprefixed key. A key already stored is refused (409).
 */
public final class KeyImportService implements ImportApiKeyUseCase {

    private final ApiKeyPort keys;
    private final KeyIssuance issuance;
    private final ConfirmPinUseCase pins;
    private final KeyHasherPort hasher;
    private final StoredDigestPort digests;
    private final KeyChangedPort changes;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final KeyIssuingPolicy policy;
    private final Clock clock;

    public KeyImportService(
            ApiKeyPort keys,
            LoadProductPort products,
            ProductAccessPort accesses,
            AccountGate gate,
            ConfirmPinUseCase pins,
            KeyHasherPort hasher,
            StoredDigestPort digests,
            IpRangePort ipRanges,
            KeyChangedPort changes,
            TransactionPort transactions,
            AuditTrail audit,
            KeyIssuingPolicy policy,
            Clock clock) {
        this.keys = keys;
        this.issuance = new KeyIssuance(keys, products, accesses, gate, ipRanges, policy);
        this.pins = pins;
        this.hasher = hasher;
        this.digests = digests;
        this.changes = changes;
        this.transactions = transactions;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public ApiKey importKey(ImportApiKeyCommand command) {
        Account account = issuance.adminAccount(command.caller(), command.account());
        Product product = issuance.enabledProduct(account.id(), command.product());
        boolean bySecret = command.secret() != null;
        if (bySecret == (command.sha256() != null)) {
            throw new InvalidValueException("secret", "give either secret or sha256, not both and not neither");
        }
        String digest =
                bySecret ? ImportedKey.digestOfSecret(command.secret()) : ImportedKey.digestOfSha256(command.sha256());
        List<String> allowlist = issuance.allowlist(command.ipAllowlist());
        pins.confirmPin(new ConfirmPinCommand(command.caller(), command.pin(), account.id()));
        String secretHash = hasher.hash(digest);
        ApiKey key = ApiKey.issue(
                ApiKeyId.random(),
                account.id(),
                product,
                command.name(),
                command.scopes(),
                allowlist,
                null,
                command.caller().userId(),
                secretHash,
                ImportedKey.hint(product.keyPrefix(), policy.environment(), digest),
                clock.instant());
        return transactions.inTransaction(() -> {
            if (digests.digestStored(secretHash)) {
                throw new KeyAlreadyExistsException();
            }
            issuance.requireRoomFor(account.id(), product.code());
            keys.insertKey(key);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("product", key.product().value());
            details.put("name", key.name().value());
            details.put("hint", key.hint().toString());
            details.put("scopes", key.scopes().stream().map(Scope::value).collect(Collectors.joining(",")));
            details.put("ipAllowlist", String.join(",", key.ipAllowlist()));
            details.put("importedFrom", bySecret ? "secret" : "sha256");
            audit.record(command.caller(), AuditAction.KEY_IMPORTED, "key", key.id(), account.id(), details);
            changes.keyChanged(key.id());
            return key;
        });
    }
}
