package dev.keysmith.adapters.persistence.access;

import dev.keysmith.application.port.out.ProductAccessPort;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.ProductCode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores each account's access to each product, and with it the requests operators review. */
@ApplicationScoped
public class ProductAccessPersistenceAdapter implements ProductAccessPort {

    private static final Sort OLDEST_REQUEST_FIRST = Sort.by("requestedAt").and("requestId");

    private final ProductAccessPanacheRepository repository;

    ProductAccessPersistenceAdapter(ProductAccessPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<ProductAccess> loadAccess(AccountId account, ProductCode product) {
        return repository
                .findByIdOptional(ProductAccessMapper.key(account, product))
                .map(ProductAccessMapper::toDomain);
    }

    @Override
    public List<ProductAccess> loadAccesses(AccountId account) {
        return repository.list("accountId", Sort.by("productCode"), account.value()).stream()
                .map(ProductAccessMapper::toDomain)
                .toList();
    }

    @Override
    public Optional<ProductAccess> loadAccessByRequest(UUID requestId) {
        return repository.find("requestId", requestId).firstResultOptional().map(ProductAccessMapper::toDomain);
    }

    @Override
    public List<ProductAccess> loadRequests(AccessState state) {
        var query = state == null
                ? repository.find("requestId is not null", OLDEST_REQUEST_FIRST)
                : repository.find("requestId is not null and state = ?1", OLDEST_REQUEST_FIRST, state);
        return query.list().stream().map(ProductAccessMapper::toDomain).toList();
    }

    @Override
    public void saveAccess(ProductAccess access) {
        Optional<ProductAccessJpaEntity> existing =
                repository.findByIdOptional(ProductAccessMapper.key(access.accountId(), access.product()));
        if (existing.isPresent()) {
            ProductAccessMapper.copyInto(access, existing.get());
        } else {
            ProductAccessJpaEntity entity = new ProductAccessJpaEntity();
            ProductAccessMapper.copyInto(access, entity);
            repository.persist(entity);
        }
    }
}
