package dev.keysmith.adapters.rest.product;

import dev.keysmith.domain.product.Scope;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the scope names of a request into scopes; null stays null so "not given" survives. */
public final class ScopeNames {

    private ScopeNames() {}

    public static Set<Scope> toScopes(Collection<String> names) {
        return names == null
                ? null
                : names.stream().map(Scope::new).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
