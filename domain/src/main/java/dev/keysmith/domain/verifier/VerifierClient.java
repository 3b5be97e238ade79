package dev.keysmith.domain.verifier;

import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;
import dev.keysmith.domain.shared.Text;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A product backend's credentials for verifying keys, limited to the products it was created for. */
public record VerifierClient(UUID id, VerifierClientId clientId, String name, Set<ProductCode> products,
        String secretHash, boolean enabled, Instant createdAt, Instant secretRolledAt) {

    public VerifierClient {
        Require.present(id, "id");
        Require.present(clientId, "clientId");
        Text.visible(name, 100, "name");
        Require.present(products, "products");
        if (products.isEmpty()) {
            throw new InvalidValueException("products", "a verifier client needs at least one product");
        }
        TreeSet<ProductCode> sorted = new TreeSet<>(Comparator.comparing(ProductCode::value));
        sorted.addAll(products);
        products = Collections.unmodifiableSet(sorted);
        Require.present(secretHash, "secretHash");
        Require.present(createdAt, "createdAt");
    }

    public VerifierClient withSecret(String newSecretHash, Instant now) {
        return new VerifierClient(id, clientId, name, products, newSecretHash, enabled, createdAt, now);
    }

    public VerifierClient withEnabled(boolean on) {
        return new VerifierClient(id, clientId, name, products, secretHash, on, createdAt, secretRolledAt);
    }

    public boolean covers(ProductCode product) {
        return products.contains(product);
    }
}
