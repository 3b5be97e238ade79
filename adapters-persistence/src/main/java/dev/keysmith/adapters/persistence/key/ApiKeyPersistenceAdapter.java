package dev.keysmith.adapters.persistence.key;

import dev.keysmith.adapters.persistence.verify.ChangeChannel;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.ConcurrentKeyChangeException;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.ProductCode;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** API keys in PostgreSQL, and change announcements to every instance's verification snapshot. */
@ApplicationScoped
public class ApiKeyPersistenceAdapter implements ApiKeyPort, KeyChangedPort {

    /** The channel the verification caches of all instances listen on. */
    public static final String CHANNEL = ChangeChannel.CHANNEL;
    /** NOTIFY payloads must stay under 8000 bytes: this many key ids (37 bytes each) fit in one. */
    static final int KEYS_PER_NOTIFICATION = 200;
    /** The first half of the advisory lock that serialises generation per account and product ("keys"). */
    static final int PRODUCT_KEYS_LOCK_SPACE = 0x6b657973;

    private final ApiKeyPanacheRepository repository;
    private final ChangeChannel changes;

    ApiKeyPersistenceAdapter(ApiKeyPanacheRepository repository, ChangeChannel changes) {
        this.repository = repository;
        this.changes = changes;
    }

    @Override
    public Optional<ApiKey> loadKey(ApiKeyId id) {
        return repository.findByIdOptional(id.value()).map(ApiKeyMapper::toDomain);
    }

    @Override
    public Optional<ApiKey> lockKey(ApiKeyId id) {
        return repository
                .findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE)
                .map(ApiKeyMapper::toDomain);
    }

    @Override
    public List<ApiKey> loadKeys(AccountId account, ProductCode product, KeyStatus status, ApiKeyId after, int limit) {
        StringBuilder query = new StringBuilder("accountId = :account");
        Parameters parameters = Parameters.with("account", account.value());
        if (product != null) {
            query.append(" and productCode = :product");
            parameters.and("product", product.value());
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status.name());
        }
        if (after != null) {
            query.append(" and id > :after");
            parameters.and("after", after.value());
        }
        query.append(" order by id");
        return repository.find(query.toString(), parameters).page(0, limit).list().stream()
                .map(ApiKeyMapper::toDomain)
                .toList();
    }

    /**
     * A transaction-scoped advisory lock in a key space of its own ("keys"), keyed by a hash of account and
     * product: a collision only serialises two unrelated generations a little.
     */
    @Override
    public void lockProductKeys(AccountId account, ProductCode product) {
        repository
                .getEntityManager()
                .createNativeQuery(
                        "SELECT 1 FROM pg_advisory_xact_lock(" + PRODUCT_KEYS_LOCK_SPACE + ", hashtext(:key))")
                .setParameter("key", account.value() + ":" + product.value())
                .getSingleResult();
    }

    @Override
    public int countLiveKeys(AccountId account, ProductCode product) {
        return (int) repository.count(
                "accountId = ?1 and productCode = ?2 and status in ('ACTIVE', 'DISABLED')",
                account.value(),
                product.value());
    }

    @Override
    public void insertKey(ApiKey key) {
        ApiKeyJpaEntity entity = new ApiKeyJpaEntity();
        ApiKeyMapper.copyInto(key, entity);
        entity.version = 0;
        repository.persistAndFlush(entity);
        changes.keyStored(key.secretHash());
    }

    @Override
    public void updateKey(ApiKey key) {
        ApiKeyJpaEntity entity = repository
                .findByIdOptional(key.id().value())
                .filter(e -> e.version == key.version())
                .orElseThrow(() -> new ConcurrentKeyChangeException(key.id()));
        ApiKeyMapper.copyInto(key, entity);
        entity.version = key.version() + 1;
        repository.flush();
    }

    @Override
    public void keyChanged(ApiKeyId key) {
        changes.announce("key:" + key.value());
    }

    /** Several keys per NOTIFY ({@code keys:<id>,<id>,...}), so a sweep batch costs listeners one pass each. */
    @Override
    public void keysChanged(Collection<ApiKeyId> keys) {
        List<ApiKeyId> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_NOTIFICATION) {
            StringBuilder payload = new StringBuilder("keys:");
            for (ApiKeyId key : all.subList(from, Math.min(all.size(), from + KEYS_PER_NOTIFICATION))) {
                payload.append(key.value()).append(',');
            }
            payload.setLength(payload.length() - 1);
            changes.announce(payload.toString());
        }
    }
}
