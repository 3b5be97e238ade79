package dev.keysmith.domain.product;

import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A catalogue entry that keys grant access to. The default scopes are always a subset of the scopes,
 * and a product always offers at least one scope.
 */
public record Product(
        ProductCode code,
        ProductName name,
        KeyPrefix keyPrefix,
        SortedSet<Scope> scopes,
        SortedSet<Scope> defaultScopes) {

    static final int MAX_SCOPES = 50;

    public Product {
        Require.present(code, "code");
        Require.present(name, "name");
        Require.present(keyPrefix, "keyPrefix");
        scopes = copy(Require.present(scopes, "scopes"));
        defaultScopes = copy(Require.present(defaultScopes, "defaultScopes"));
        if (scopes.isEmpty()) {
            throw new InvalidValueException("scopes", "a product needs at least one scope");
        }
        if (scopes.size() > MAX_SCOPES) {
            throw new InvalidValueException("scopes", "a product has at most " + MAX_SCOPES + " scopes");
        }
        if (!scopes.containsAll(defaultScopes)) {
            Set<Scope> unknown = new TreeSet<>(defaultScopes);
            unknown.removeAll(scopes);
            throw new InvalidValueException(
                    "defaultScopes", "default scopes " + unknown + " are not scopes of the product");
        }
    }

    /** A new catalogue entry; without explicit defaults, every scope is a default. */
    public static Product define(
            ProductCode code,
            ProductName name,
            KeyPrefix keyPrefix,
            Collection<Scope> scopes,
            Collection<Scope> defaultScopes) {
        Require.present(scopes, "scopes");
        return new Product(
                code,
                name,
                keyPrefix,
                new TreeSet<>(scopes),
                new TreeSet<>(defaultScopes == null ? scopes : defaultScopes));
    }

    /** This product with the given changes; {@code null} keeps a value as it is. */
    public Product change(ProductName newName, Collection<Scope> newScopes, Collection<Scope> newDefaultScopes) {
        SortedSet<Scope> scopesAfter = newScopes == null ? scopes : new TreeSet<>(newScopes);
        SortedSet<Scope> defaultsAfter;
        if (newDefaultScopes != null) {
            defaultsAfter = new TreeSet<>(newDefaultScopes);
        } else {
            // Dropping a scope drops it from the defaults too, rather than refusing the change.
            defaultsAfter = new TreeSet<>(defaultScopes);
            defaultsAfter.retainAll(scopesAfter);
        }
        return new Product(code, newName == null ? name : newName, keyPrefix, scopesAfter, defaultsAfter);
    }

    public boolean offers(Scope scope) {
        return scopes.contains(scope);
    }

    private static SortedSet<Scope> copy(Set<Scope> scopes) {
        for (Scope scope : scopes) {
            Require.present(scope, "scopes");
        }
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(scopes));
    }
}
