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

/**
 * A product backend's credentials for verifying keys, limited to the products it was created for.
 * {@code tokenGeneration} is stamped into its tokens; a secret roll or a disable raises it, ending them.
 */
public record VerifierClient(
        UUID id,
        VerifierClientId clientId,
        String name,
        Set<ProductCode> products,
        String secretHash,
        boolean enabled,
        Instant createdAt,
        Instant secretRolledAt,
        long tokenGeneration) {

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
        if (tokenGeneration < 0) {
            throw new IllegalArgumentException("tokenGeneration must not be negative");
        }
    }

    /** A client whose tokens were never ended. */
    public VerifierClient(
            UUID id,
            VerifierClientId clientId,
            String name,
            Set<ProductCode> products,
            String secretHash,
            boolean enabled,
            Instant createdAt,
            Instant secretRolledAt) {
        this(id, clientId, name, products, secretHash, enabled, createdAt, secretRolledAt, 0);
    }

    /** A new secret ends every token issued with the old one. */
    public VerifierClient withSecret(String newSecretHash, Instant now) {
        return new VerifierClient(
                id, clientId, name, products, newSecretHash, enabled, createdAt, now, tokenGeneration + 1);
    }

    /** Disabling ends every token issued before; enabling again needs a fresh token. */
    public VerifierClient withEnabled(boolean on) {
        return new VerifierClient(
                id,
                clientId,
                name,
                products,
                secretHash,
                on,
                createdAt,
                secretRolledAt,
                on || !enabled ? tokenGeneration : tokenGeneration + 1);
    }

    public boolean covers(ProductCode product) {
        return products.contains(product);
    }
}
