package dev.keysmith.adapters.persistence.verifier;

import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.verifier.VerifierClient;
import dev.keysmith.domain.verifier.VerifierClientId;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

final class VerifierClientMapper {

    private VerifierClientMapper() {}

    static VerifierClient toDomain(VerifierClientJpaEntity entity) {
        return new VerifierClient(
                entity.id,
                new VerifierClientId(entity.clientId),
                entity.name,
                products(entity.products),
                entity.secretHash,
                entity.enabled,
                entity.createdAt,
                entity.secretRolledAt,
                entity.tokenGeneration);
    }

    static void copyInto(VerifierClient client, VerifierClientJpaEntity entity) {
        entity.id = client.id();
        entity.clientId = client.clientId().value();
        entity.name = client.name();
        entity.products = client.products().stream().map(ProductCode::value).toArray(String[]::new);
        entity.secretHash = client.secretHash();
        entity.enabled = client.enabled();
        entity.createdAt = client.createdAt();
        entity.secretRolledAt = client.secretRolledAt();
        entity.tokenGeneration = client.tokenGeneration();
    }

    private static Set<ProductCode> products(String[] codes) {
        return Arrays.stream(codes).map(ProductCode::new).collect(Collectors.toSet());
    }
}
