package dev.keysmith.adapters.persistence.product;

import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import dev.keysmith.domain.product.Scope;
import java.util.Arrays;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

final class ProductMapper {

    private ProductMapper() {}

    static Product toDomain(ProductJpaEntity entity) {
        return new Product(
                new ProductCode(entity.code),
                new ProductName(entity.name),
                new KeyPrefix(entity.keyPrefix),
                scopes(entity.scopes),
                scopes(entity.defaultScopes));
    }

    static void copyInto(Product product, ProductJpaEntity entity) {
        entity.code = product.code().value();
        entity.name = product.name().value();
        entity.keyPrefix = product.keyPrefix().value();
        entity.scopes = names(product.scopes());
        entity.defaultScopes = names(product.defaultScopes());
    }

    private static SortedSet<Scope> scopes(String[] names) {
        return Arrays.stream(names).map(Scope::new).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String[] names(Set<Scope> scopes) {
        return scopes.stream().map(Scope::value).toArray(String[]::new);
    }
}
