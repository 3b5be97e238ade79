package dev.keysmith.application.key;

import dev.keysmith.application.account.AccountGate;
import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.delivery.KeyDeliveries;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.Page;
import dev.keysmith.application.port.in.key.ChangeApiKeyUseCase;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase;
import dev.keysmith.application.port.in.key.ListApiKeysUseCase;
import dev.keysmith.application.port.in.key.RegenerateApiKeyUseCase;
import dev.keysmith.application.port.in.key.RevokeApiKeyUseCase;
import dev.keysmith.application.port.in.user.ConfirmPinUseCase;
import dev.keysmith.application.port.in.user.ConfirmPinUseCase.ConfirmPinCommand;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.IpRangePort;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.KeyHasherPort;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.ProductAccessPort;
import dev.keysmith.application.port.out.ProductNotFoundException;
import dev.keysmith.application.port.out.RandomTokenPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.delivery.KeyDelivery;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.ApiKeyNotFoundException;
import dev.keysmith.domain.key.ApiKeySecret;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.InvalidValueException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The key lifecycle: generate, list, edit, disable, enable, regenerate and revoke. Authorization comes first
 * (404 outside the account, 403 below ADMIN), then the PIN where a secret is created or destroyed, then the
 * change in one transaction with its audit event and a cache notification.
 */
public final class ApiKeyService
        implements GenerateApiKeyUseCase,
                ListApiKeysUseCase,
                ChangeApiKeyUseCase,
                RegenerateApiKeyUseCase,
                RevokeApiKeyUseCase {

    private final ApiKeyPort keys;
    private final LoadProductPort products;
    private final AccountGate gate;
    private final ConfirmPinUseCase pins;
    private final KeyHasherPort hasher;
    private final RandomTokenPort random;
    private final KeyChangedPort changes;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final KeyIssuingPolicy policy;
    private final Clock clock;
    private final KeyDeliveries deliveries;
    private final KeyIssuance issuance;

    public ApiKeyService(
            ApiKeyPort keys,
            LoadProductPort products,
            ProductAccessPort accesses,
            AccountGate gate,
            ConfirmPinUseCase pins,
            KeyHasherPort hasher,
            RandomTokenPort random,
            IpRangePort ipRanges,
            KeyChangedPort changes,
            TransactionPort transactions,
            AuditTrail audit,
            KeyIssuingPolicy policy,
            Clock clock,
            KeyDeliveries deliveries) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.keys = keys;
        this.products = products;
        this.gate = gate;
        this.pins = pins;
        this.hasher = hasher;
        this.random = random;
        this.changes = changes;
        this.transactions = transactions;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
        this.issuance = new KeyIssuance(keys, products, accesses, gate, ipRanges, policy);
    }

    @Override
    public GeneratedApiKey generate(GenerateApiKeyCommand command) {
        Account account = issuance.adminAccount(command.caller(), command.account());
        Product product = issuance.enabledProduct(account.id(), command.product());
        List<String> allowlist = issuance.allowlist(command.ipAllowlist());
        Integrator integrator =
                command.integrator() == null ? null : deliveries.integratorOf(account.id(), command.integrator());
        pins.confirmPin(new ConfirmPinCommand(command.caller(), command.pin(), account.id()));
        ApiKeySecret secret = ApiKeySecret.generate(
                product.keyPrefix(), policy.environment(), random.newBytes(ApiKeySecret.RANDOM_BYTES));
        ApiKey key = ApiKey.issue(
                ApiKeyId.random(),
                account.id(),
                product,
                command.name(),
                command.scopes(),
                allowlist,
                command.expiresAt(),
                command.caller().userId(),
                hasher.hash(secret.reveal()),
                secret.hint(),
                clock.instant());
        KeyDelivery delivery = transactions.inTransaction(() -> {
            issuance.requireRoomFor(account.id(), product.code());
            keys.insertKey(key);
            Map<String, String> details = describe(key);
            if (integrator != null) {
                deliveries.assign(key, integrator);
                details.put("integratorId", integrator.id().toString());
            }
            audit.record(command.caller(), AuditAction.KEY_GENERATED, "key", key.id(), account.id(), details);
            changes.keyChanged(key.id());
            // A key for an integrator goes to them by email link and SMS code; the caller never sees it.
            return integrator == null ? null : deliveries.deliver(command.caller(), integrator, key, secret.reveal());
        });
        return delivery == null ? new GeneratedApiKey(key, secret) : new GeneratedApiKey(key, null, delivery);
    }

    @Override
    public Page<ApiKey> listKeys(ListApiKeysQuery query) {
        Caller caller = query.caller();
        AccountId accountId = query.account();
        ProductCode product = query.product();
        KeyStatus status = query.status();
        String after = query.after();
        Integer limit = query.limit();
        int size = Page.limit(limit);
        ApiKeyId cursor = after == null || after.isBlank() ? null : parseCursor(after);
        Account account = gate.requireRole(caller, accountId, Role.ADMIN);
        Instant now = clock.instant();
        List<ApiKey> found = keys.loadKeys(account.id(), product, status, cursor, size + 1);
        boolean more = found.size() > size;
        List<ApiKey> page = (more ? found.subList(0, size) : found)
                .stream().map(k -> k.settle(now)).toList();
        return new Page<>(page, more ? page.get(page.size() - 1).id().toString() : null);
    }

    @Override
    public ApiKey getKey(GetApiKeyQuery query) {
        Caller caller = query.caller();
        AccountId accountId = query.account();
        ApiKeyId keyId = query.key();
        Account account = gate.requireRole(caller, accountId, Role.ADMIN);
        return keys.loadKey(keyId)
                .filter(k -> k.accountId().equals(account.id()))
                .orElseThrow(() -> new ApiKeyNotFoundException(keyId))
                .settle(clock.instant());
    }

    @Override
    public ApiKey edit(EditApiKeyCommand command) {
        Caller caller = command.caller();
        AccountId accountId = command.account();
        ApiKeyId keyId = command.key();
        KeyName name = command.name();
        Set<Scope> scopes = command.scopes();
        List<String> ipAllowlist = command.ipAllowlist();
        List<String> allowlist = ipAllowlist == null ? null : issuance.allowlist(ipAllowlist);
        return change(caller, accountId, keyId, AuditAction.KEY_EDITED, (key, now) -> {
            Product product = scopes == null
                    ? null
                    : products.loadProduct(key.product())
                            .orElseThrow(() -> new ProductNotFoundException(key.product()));
            return key.edit(name, scopes, allowlist, product, now);
        });
    }

    @Override
    public ApiKey disable(DisableApiKeyCommand command) {
        Caller caller = command.caller();
        AccountId accountId = command.account();
        ApiKeyId keyId = command.key();
        return change(caller, accountId, keyId, AuditAction.KEY_DISABLED, (key, now) -> key.disable(now));
    }

    @Override
    public ApiKey enable(EnableApiKeyCommand command) {
        Caller caller = command.caller();
        AccountId accountId = command.account();
        ApiKeyId keyId = command.key();
        return change(caller, accountId, keyId, AuditAction.KEY_ENABLED, (key, now) -> key.enable(now));
    }

    @Override
    public GeneratedApiKey regenerate(RegenerateApiKeyCommand command) {
        Caller caller = command.caller();
        AccountId accountId = command.account();
        ApiKeyId keyId = command.key();
        String pin = command.pin();
        Duration gracePeriod = command.gracePeriod();
        Account account = issuance.adminAccount(caller, accountId);
        ApiKey current = ownKey(account, keys.loadKey(keyId), keyId);
        Product product = issuance.enabledProduct(account.id(), current.product());
        pins.confirmPin(new ConfirmPinCommand(caller, pin, account.id()));
        ApiKeySecret secret = ApiKeySecret.generate(
                product.keyPrefix(), policy.environment(), random.newBytes(ApiKeySecret.RANDOM_BYTES));
        String secretHash = hasher.hash(secret.reveal());
        GeneratedApiKey successor = transactions.inTransaction(() -> {
            Instant now = clock.instant();
            ApiKey locked = ownKey(account, keys.lockKey(keyId), keyId);
            ApiKey replaced = locked.regenerate(ApiKeyId.random(), gracePeriod, now);
            ApiKey fresh = replaced.successor(secretHash, secret.hint(), caller.userId(), now);
            keys.updateKey(replaced);
            keys.insertKey(fresh);
            // A key made for an integrator is replaced by one made for the same integrator.
            Integrator integrator = deliveries.integratorOf(keyId).orElse(null);
            KeyDelivery delivery = null;
            if (integrator != null) {
                deliveries.assign(fresh, integrator);
                deliveries.endDeliveries(keyId);
            }
            // Both keys' trails tell the story: the old one names its successor, the new one what it replaced.
            Map<String, String> oldDetails = describe(replaced);
            oldDetails.put("replacedBy", fresh.id().toString());
            if (replaced.graceUntil() != null) {
                oldDetails.put("oldKeyValidUntil", replaced.graceUntil().toString());
            }
            audit.record(caller, AuditAction.KEY_REGENERATED, "key", keyId, account.id(), oldDetails);
            Map<String, String> newDetails = describe(fresh);
            newDetails.put("replacedKeyId", keyId.toString());
            audit.record(caller, AuditAction.KEY_GENERATED, "key", fresh.id(), account.id(), newDetails);
            changes.keyChanged(keyId);
            changes.keyChanged(fresh.id());
            if (integrator != null) {
                delivery = deliveries.deliver(caller, integrator, fresh, secret.reveal());
            }
            return new GeneratedApiKey(fresh, delivery == null ? secret : null, delivery);
        });
        return successor;
    }

    @Override
    public ApiKey revoke(RevokeApiKeyCommand command) {
        Caller caller = command.caller();
        AccountId accountId = command.account();
        ApiKeyId keyId = command.key();
        String pin = command.pin();
        Account account = issuance.adminAccount(caller, accountId);
        ownKey(account, keys.loadKey(keyId), keyId);
        pins.confirmPin(new ConfirmPinCommand(caller, pin, account.id()));
        return change(caller, accountId, keyId, AuditAction.KEY_REVOKED, (key, now) -> key.revoke(now));
    }

    private ApiKey change(
            Caller caller,
            AccountId accountId,
            ApiKeyId keyId,
            AuditAction action,
            BiFunction<ApiKey, Instant, ApiKey> transition) {
        Account account = issuance.adminAccount(caller, accountId);
        return transactions.inTransaction(() -> {
            ApiKey locked = ownKey(account, keys.lockKey(keyId), keyId);
            ApiKey changed = transition.apply(locked, clock.instant());
            keys.updateKey(changed);
            audit.record(caller, action, "key", keyId, account.id(), describe(changed));
            changes.keyChanged(keyId);
            return changed;
        });
    }

    private static ApiKey ownKey(Account account, java.util.Optional<ApiKey> key, ApiKeyId id) {
        return key.filter(k -> k.accountId().equals(account.id())).orElseThrow(() -> new ApiKeyNotFoundException(id));
    }

    private static ApiKeyId parseCursor(String after) {
        try {
            return ApiKeyId.parse(after);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("after", "after must be a cursor returned by a previous page");
        }
    }

    /** What an audit event says about a key: never the secret, never its hash. */
    private static Map<String, String> describe(ApiKey key) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("product", key.product().value());
        details.put("name", key.name().value());
        details.put("hint", key.hint().toString());
        details.put("status", key.status().name());
        details.put("scopes", key.scopes().stream().map(Scope::value).collect(Collectors.joining(",")));
        details.put("ipAllowlist", String.join(",", key.ipAllowlist()));
        return details;
    }
}
