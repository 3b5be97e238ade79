package dev.keysmith.adapters.persistence.product;

import dev.keysmith.adapters.persistence.shared.Constraints;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.ProductAlreadyExistsException;
import dev.keysmith.application.port.out.ProductNotFoundException;
import dev.keysmith.application.port.out.SaveProductPort;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProductPersistenceAdapter implements LoadProductPort, SaveProductPort {

    private final ProductPanacheRepository repository;
    private final Clock clock;

    ProductPersistenceAdapter(ProductPanacheRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Optional<Product> loadProduct(ProductCode code) {
        return repository.findByIdOptional(code.value()).map(ProductMapper::toDomain);
    }

    @Override
    public List<Product> loadAllProducts() {
        return repository.listAll(Sort.by("code")).stream()
                .map(ProductMapper::toDomain)
                .toList();
    }

    @Override
    public void insertProduct(Product product) {
        ProductJpaEntity entity = new ProductJpaEntity();
        ProductMapper.copyInto(product, entity);
        entity.createdAt = clock.instant();
        entity.updatedAt = entity.createdAt;
        try {
            repository.persistAndFlush(entity);
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "product_key_prefix_unique")) {
                throw new ProductAlreadyExistsException("key prefix '" + product.keyPrefix() + "'");
            }
            if (Constraints.violated(e, "product_pkey")) {
                throw new ProductAlreadyExistsException("code '" + product.code() + "'");
            }
            throw e;
        }
    }

    @Override
    public void updateProduct(Product product) {
        ProductJpaEntity entity = repository
                .findByIdOptional(product.code().value())
                .orElseThrow(() -> new ProductNotFoundException(product.code()));
        ProductMapper.copyInto(product, entity);
        entity.updatedAt = clock.instant();
    }
}
