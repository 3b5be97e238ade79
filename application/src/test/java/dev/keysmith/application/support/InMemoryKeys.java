package dev.keysmith.application.support;

import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.ConcurrentKeyChangeException;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.ProductAccessPort;
import dev.keysmith.application.port.out.ProductAlreadyExistsException;
import dev.keysmith.application.port.out.ProductNotFoundException;
import dev.keysmith.application.port.out.SaveProductPort;
import dev.keysmith.application.port.out.StoredDigestPort;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyBuilder;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Fakes of the key, stored digest, product and product-access ports, held to their contracts. */
public final class InMemoryKeys
        implements ApiKeyPort, KeyChangedPort, LoadProductPort, SaveProductPort, ProductAccessPort, StoredDigestPort {

    public final Map<ApiKeyId, ApiKey> keys = new LinkedHashMap<>();
    public final Map<ProductCode, Product> products = new LinkedHashMap<>();
    public final List<ProductAccess> accesses = new ArrayList<>();
    public final List<ApiKeyId> changed = new ArrayList<>();
    /** The order of lock, count and insert calls, so a test can see the limit is counted under the lock. */
    public final List<String> limitSteps = new ArrayList<>();

    @Override
    public Optional<ApiKey> loadKey(ApiKeyId id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public Optional<ApiKey> lockKey(ApiKeyId id) {
        return loadKey(id);
    }

    @Override
    public List<ApiKey> loadKeys(AccountId account, ProductCode product, KeyStatus status, ApiKeyId after, int limit) {
        return keys.values().stream()
                .filter(k -> k.accountId().equals(account))
                .filter(k -> product == null || k.product().equals(product))
                .filter(k -> status == null || k.status() == status)
                // In uuid order as PostgreSQL keeps it (byte by byte, the order of the text), not UUID.compareTo's.
                .sorted(Comparator.comparing((ApiKey k) -> k.id().value().toString()))
                .filter(k -> after == null
                        || k.id().value().toString().compareTo(after.value().toString()) > 0)
                .limit(limit)
                .toList();
    }

    @Override
    public void lockProductKeys(AccountId account, ProductCode product) {
        limitSteps.add("lock");
    }

    @Override
    public int countLiveKeys(AccountId account, ProductCode product) {
        limitSteps.add("count");
        return (int) keys.values().stream()
                .filter(k -> k.accountId().equals(account) && k.product().equals(product))
                .filter(k -> k.status().isLive())
                .count();
    }

    @Override
    public void insertKey(ApiKey key) {
        limitSteps.add("insert");
        keys.put(key.id(), key);
    }

    @Override
    public void updateKey(ApiKey key) {
        ApiKey stored = keys.get(key.id());
        if (stored == null || stored.version() != key.version()) {
            throw new ConcurrentKeyChangeException(key.id());
        }
        keys.put(
                key.id(), ApiKeyBuilder.from(key).withVersion(key.version() + 1).build());
    }

    @Override
    public void keyChanged(ApiKeyId key) {
        changed.add(key);
    }

    @Override
    public boolean digestStored(String secretHash) {
        return keys.values().stream().anyMatch(k -> secretHash.equals(k.secretHash()));
    }

    @Override
    public Optional<Product> loadProduct(ProductCode code) {
        return Optional.ofNullable(products.get(code));
    }

    @Override
    public List<Product> loadAllProducts() {
        return products.values().stream()
                .sorted(Comparator.comparing((Product p) -> p.code().value()))
                .toList();
    }

    @Override
    public void insertProduct(Product product) {
        if (products.containsKey(product.code())) {
            throw new ProductAlreadyExistsException("code '" + product.code() + "'");
        }
        if (products.values().stream().anyMatch(p -> p.keyPrefix().equals(product.keyPrefix()))) {
            throw new ProductAlreadyExistsException("key prefix '" + product.keyPrefix() + "'");
        }
        products.put(product.code(), product);
    }

    @Override
    public void updateProduct(Product product) {
        if (!products.containsKey(product.code())) {
            throw new ProductNotFoundException(product.code());
        }
        products.put(product.code(), product);
    }

    @Override
    public Optional<ProductAccess> loadAccess(AccountId account, ProductCode product) {
        return accesses.stream()
                .filter(a -> a.accountId().equals(account) && a.product().equals(product))
                .findFirst();
    }

    @Override
    public List<ProductAccess> loadAccesses(AccountId account) {
        return accesses.stream().filter(a -> a.accountId().equals(account)).toList();
    }

    @Override
    public Optional<ProductAccess> loadAccessByRequest(UUID requestId) {
        return accesses.stream().filter(a -> requestId.equals(a.requestId())).findFirst();
    }

    @Override
    public List<ProductAccess> loadRequests(AccessState state) {
        return accesses.stream()
                .filter(a -> a.requestId() != null)
                .filter(a -> state == null || a.state() == state)
                .sorted(Comparator.comparing(ProductAccess::requestedAt)
                        .thenComparing(a -> a.requestId().toString()))
                .toList();
    }

    @Override
    public void saveAccess(ProductAccess access) {
        accesses.removeIf(
                a -> a.accountId().equals(access.accountId()) && a.product().equals(access.product()));
        accesses.add(access);
    }
}
