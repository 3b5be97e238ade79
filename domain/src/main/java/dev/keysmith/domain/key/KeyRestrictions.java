package dev.keysmith.domain.key;

import dev.keysmith.domain.product.Scope;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What a stored key may do, from where and until when: its scopes, its allowlist (empty means any address) and
 * its absolute {@code expiresAt} (null for none).
 */
public record KeyRestrictions(Collection<Scope> scopes, List<String> ipAllowlist, Instant expiresAt) {}
