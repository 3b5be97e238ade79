package dev.keysmith.domain.key;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;
import dev.keysmith.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An account's key for one product, with every rule of its life. Immutable: each transition returns the key
 * as it is afterwards, so the rules live here and the caller only stores the result.
 *
 * <p>Transitions judge the {@linkplain #effectiveStatus(Instant) effective status}: a key whose grace period
 * or expiry date has passed is treated as revoked or expired even before a sweep stores that.
 */
public final class ApiKey {

    public static final int MAX_ALLOWLIST_ENTRIES = 100;
    public static final int MAX_ALLOWLIST_ENTRY_LENGTH = 64;
    public static final Duration MAX_GRACE_PERIOD = Duration.ofHours(24);
    /** The latest expiry accepted: later dates help nobody and do not fit every database and client. */
    public static final Instant LATEST_EXPIRY = Instant.parse("9999-12-31T23:59:59Z");

    private final ApiKeyId id;
    private final AccountId accountId;
    private final ProductCode product;
    private final KeyName name;
    private final SortedSet<Scope> scopes;
    private final List<String> ipAllowlist;
    private final Instant expiresAt;
    private final UserId createdBy;
    private final Instant createdAt;
    private final Instant lastUsedAt;
    private final KeyStatus status;
    private final String secretHash;
    private final KeyHint hint;
    private final ApiKeyId replacedBy;
    private final Instant graceUntil;
    private final Instant revokedAt;
    private final Instant expiredAt;
    private final long version;

    private ApiKey(
            ApiKeyId id,
            AccountId accountId,
            ProductCode product,
            KeyName name,
            Collection<Scope> scopes,
            List<String> ipAllowlist,
            Instant expiresAt,
            UserId createdBy,
            Instant createdAt,
            Instant lastUsedAt,
            KeyStatus status,
            String secretHash,
            KeyHint hint,
            ApiKeyId replacedBy,
            Instant graceUntil,
            Instant revokedAt,
            Instant expiredAt,
            long version) {
        this.id = Require.present(id, "keyId");
        this.accountId = Require.present(accountId, "accountId");
        this.product = Require.present(product, "product");
        this.name = Require.present(name, "name");
        this.scopes = checkedScopes(scopes);
        this.ipAllowlist = checkedAllowlist(ipAllowlist);
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = Require.present(createdAt, "createdAt");
        this.lastUsedAt = lastUsedAt;
        this.status = Require.present(status, "status");
        if (secretHash != null && secretHash.isBlank()) {
            throw new IllegalArgumentException("a secret hash is never blank");
        }
        if (status.isLive() && secretHash == null) {
            // Without its hash a live key could never verify again; only dead keys stored before V7 lack one.
            throw new IllegalArgumentException("an " + status + " key needs its secret hash");
        }
        this.secretHash = secretHash;
        this.hint = Require.present(hint, "hint");
        if (id.equals(replacedBy)) {
            throw new IllegalArgumentException("a key cannot replace itself");
        }
        this.replacedBy = replacedBy;
        this.graceUntil = graceUntil;
        this.revokedAt = revokedAt;
        this.expiredAt = expiredAt;
        if (version < 0) {
            throw new IllegalArgumentException("version is never negative");
        }
        this.version = version;
    }

    /**
     * A new active key, checking every rule of generation. No scopes (null or empty) means the product's
     * default scopes; {@code ipAllowlist} holds entries already normalised by the caller, empty means any
     * address; {@code createdBy} is null for keys issued by the system or for an integrator.
     */
    public static ApiKey issue(
            ApiKeyId id,
            AccountId accountId,
            Product product,
            KeyName name,
            Collection<Scope> requestedScopes,
            List<String> ipAllowlist,
            Instant expiresAt,
            UserId createdBy,
            String secretHash,
            KeyHint hint,
            Instant now) {
        Require.present(product, "product");
        Require.present(now, "now");
        Require.present(secretHash, "secretHash");
        Require.present(hint, "hint");
        if (!hint.keyPrefix().equals(product.keyPrefix())) {
            throw new IllegalArgumentException("the key's prefix " + hint.keyPrefix() + " is not the prefix "
                    + product.keyPrefix() + " of product " + product.code());
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidValueException("expiresAt", "expiresAt must be in the future");
        }
        if (expiresAt != null && expiresAt.isAfter(LATEST_EXPIRY)) {
            throw new InvalidValueException("expiresAt", "expiresAt must be no later than " + LATEST_EXPIRY);
        }
        SortedSet<Scope> scopes;
        if (requestedScopes == null || requestedScopes.isEmpty()) {
            if (product.defaultScopes().isEmpty()) {
                throw new InvalidValueException(
                        "scopes",
                        "product " + product.code() + " has no default scopes; name the scopes the key needs");
            }
            scopes = product.defaultScopes();
        } else {
            scopes = offeredScopes(product, requestedScopes);
        }
        return new ApiKey(
                id,
                accountId,
                product.code(),
                name,
                scopes,
                ipAllowlist,
                expiresAt,
                createdBy,
                now,
                null,
                KeyStatus.ACTIVE,
                secretHash,
                hint,
                null,
                null,
                null,
                null,
                0);
    }

    /**
     * Rebuilds a stored key as it was, from its values grouped by meaning; business rules were checked when it was
     * issued or changed, only the invariants of a key are checked again.
     */
    public static ApiKey restore(
            KeyIdentity identity,
            KeyRestrictions restrictions,
            StoredSecret secret,
            KeyLifecycle lifecycle,
            KeyEnding ending,
            long version) {
        Require.present(identity, "identity");
        Require.present(restrictions, "restrictions");
        Require.present(secret, "secret");
        Require.present(lifecycle, "lifecycle");
        Require.present(ending, "ending");
        return new ApiKey(
                identity.id(),
                identity.accountId(),
                identity.product(),
                identity.name(),
                restrictions.scopes(),
                restrictions.ipAllowlist(),
                restrictions.expiresAt(),
                lifecycle.createdBy(),
                lifecycle.createdAt(),
                lifecycle.lastUsedAt(),
                lifecycle.status(),
                secret.hash(),
                secret.hint(),
                ending.replacedBy(),
                ending.graceUntil(),
                ending.revokedAt(),
                ending.expiredAt(),
                version);
    }

    /**
     * The status verification must use at {@code now}: a replaced key is revoked once its grace period ends
     * (at once without one), and a key past its {@code expiresAt} is expired, whatever is stored.
     * Inactivity is not judged here; {@link InactivityPolicy} and the sweeper handle it.
     */
    public KeyStatus effectiveStatus(Instant now) {
        if (!status.isLive()) {
            return status;
        }
        if (replacedBy != null && (graceUntil == null || !now.isBefore(graceUntil))) {
            return KeyStatus.REVOKED;
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return KeyStatus.EXPIRED;
        }
        return status;
    }

    /** Switches an active key off; it can be switched on again. */
    public ApiKey disable(Instant now) {
        requireLive(now);
        if (status != KeyStatus.ACTIVE) {
            throw new KeyNotActiveException(id, status);
        }
        return withLife(KeyStatus.DISABLED, secretHash, replacedBy, graceUntil, revokedAt, expiredAt);
    }

    /** Switches a disabled key on again. */
    public ApiKey enable(Instant now) {
        requireLive(now);
        if (status != KeyStatus.DISABLED) {
            throw new KeyNotDisabledException(id, status);
        }
        return withLife(KeyStatus.ACTIVE, secretHash, replacedBy, graceUntil, revokedAt, expiredAt);
    }

    /**
     * Kills an active or disabled key (also one in its grace period) for good. The hash is kept so verifying
     * the dead key answers REVOKED: it is peppered and the key is dead, so it discloses nothing.
     */
    public ApiKey revoke(Instant now) {
        requireLive(now);
        return withLife(KeyStatus.REVOKED, secretHash, replacedBy, graceUntil, now, expiredAt);
    }

    /**
     * Marks this key as replaced by {@code successorId}; build the new key with {@link #successor}. Without a
     * grace period (null or zero) this key is revoked at once; with one (at most 24 h) it stays active until
     * {@code now + gracePeriod}. A disabled key is revoked at once even when a grace period is asked for, since
     * it does not verify anyway and enabling a half-replaced key would only confuse.
     */
    public ApiKey regenerate(ApiKeyId successorId, Duration gracePeriod, Instant now) {
        Require.present(successorId, "successorId");
        Duration grace = gracePeriod == null ? Duration.ZERO : gracePeriod;
        if (grace.isNegative() || grace.compareTo(MAX_GRACE_PERIOD) > 0) {
            throw new InvalidValueException(
                    "gracePeriodSeconds", "gracePeriodSeconds must be 0 to " + MAX_GRACE_PERIOD.toSeconds());
        }
        // Checked before liveness: a key revoked by its own regeneration must answer "already replaced".
        if (replacedBy != null) {
            throw new KeyAlreadyReplacedException(id, replacedBy);
        }
        requireLive(now);
        if (grace.isZero() || status == KeyStatus.DISABLED) {
            return withLife(KeyStatus.REVOKED, secretHash, successorId, null, now, expiredAt);
        }
        return withLife(status, secretHash, successorId, now.plus(grace), revokedAt, expiredAt);
    }

    /**
     * The key that replaces this one after {@link #regenerate}: id {@link #replacedBy()}, same account, product,
     * name, scopes, allowlist and expiry; new secret, creator and creation time.
     */
    public ApiKey successor(String successorSecretHash, KeyHint successorHint, UserId regeneratedBy, Instant now) {
        if (replacedBy == null) {
            throw new IllegalStateException("key " + id + " has not been regenerated");
        }
        Require.present(successorHint, "hint");
        if (!successorHint.keyPrefix().equals(hint.keyPrefix())) {
            throw new IllegalArgumentException("a successor keeps its product's prefix " + hint.keyPrefix());
        }
        return new ApiKey(
                replacedBy,
                accountId,
                product,
                name,
                scopes,
                ipAllowlist,
                expiresAt,
                regeneratedBy,
                Require.present(now, "now"),
                null,
                KeyStatus.ACTIVE,
                Require.present(successorSecretHash, "secretHash"),
                successorHint,
                null,
                null,
                null,
                null,
                0);
    }

    /**
     * Changes the key's settings; null keeps a value. New scopes must be offered by {@code product} (the key's
     * product as the catalogue has it now, needed only when scopes change) and cannot be empty.
     */
    public ApiKey edit(
            KeyName newName, Collection<Scope> newScopes, List<String> newIpAllowlist, Product product, Instant now) {
        requireLive(now);
        if (product != null && !product.code().equals(this.product)) {
            throw new IllegalArgumentException(
                    "key " + id + " belongs to product " + this.product + ", not " + product.code());
        }
        SortedSet<Scope> scopesAfter = scopes;
        if (newScopes != null) {
            Require.present(product, "product");
            if (newScopes.isEmpty()) {
                throw new InvalidValueException("scopes", "a key needs at least one scope");
            }
            scopesAfter = offeredScopes(product, newScopes);
        }
        return new ApiKey(
                id,
                accountId,
                this.product,
                newName == null ? name : newName,
                scopesAfter,
                newIpAllowlist == null ? ipAllowlist : newIpAllowlist,
                expiresAt,
                createdBy,
                createdAt,
                lastUsedAt,
                status,
                secretHash,
                hint,
                replacedBy,
                graceUntil,
                revokedAt,
                expiredAt,
                version);
    }

    /** Expires an active or disabled key (the sweeper's inactivity decision); the hash is kept, as for revoke. */
    public ApiKey expire(Instant now) {
        KeyStatus effective = effectiveStatus(now);
        if (effective == KeyStatus.REVOKED) {
            throw new KeyAlreadyRevokedException(id);
        }
        if (status == KeyStatus.EXPIRED) {
            throw new KeyExpiredException(id);
        }
        return withLife(KeyStatus.EXPIRED, secretHash, replacedBy, graceUntil, revokedAt, now);
    }

    /**
     * Stores what {@link #effectiveStatus} already says: a key past its grace period becomes REVOKED (at the end
     * of the grace), one past its expiry date EXPIRED (at that date), both keeping their hash. Returns this key
     * when nothing is due, so a sweep can skip the write.
     */
    public ApiKey settle(Instant now) {
        KeyStatus effective = effectiveStatus(now);
        if (effective == status) {
            return this;
        }
        if (effective == KeyStatus.REVOKED) {
            return withLife(
                    KeyStatus.REVOKED,
                    secretHash,
                    replacedBy,
                    graceUntil,
                    graceUntil == null ? now : graceUntil,
                    expiredAt);
        }
        return withLife(KeyStatus.EXPIRED, secretHash, replacedBy, graceUntil, revokedAt, expiresAt);
    }

    /** Notes a successful verification; out-of-order reports from other instances never move it back. */
    public ApiKey recordUse(Instant when) {
        Require.present(when, "when");
        if (lastUsedAt != null && !when.isAfter(lastUsedAt)) {
            return this;
        }
        return new ApiKey(
                id,
                accountId,
                product,
                name,
                scopes,
                ipAllowlist,
                expiresAt,
                createdBy,
                createdAt,
                when,
                status,
                secretHash,
                hint,
                replacedBy,
                graceUntil,
                revokedAt,
                expiredAt,
                version);
    }

    /** Whether this key was regenerated and still verifies at {@code now} because of a grace period. */
    public boolean isInGracePeriod(Instant now) {
        return replacedBy != null && effectiveStatus(now).isLive();
    }

    private void requireLive(Instant now) {
        Require.present(now, "now");
        KeyStatus effective = effectiveStatus(now);
        if (effective == KeyStatus.REVOKED) {
            throw new KeyAlreadyRevokedException(id);
        }
        if (effective == KeyStatus.EXPIRED) {
            throw new KeyExpiredException(id);
        }
    }

    private ApiKey withLife(
            KeyStatus newStatus,
            String newSecretHash,
            ApiKeyId newReplacedBy,
            Instant newGraceUntil,
            Instant newRevokedAt,
            Instant newExpiredAt) {
        return new ApiKey(
                id,
                accountId,
                product,
                name,
                scopes,
                ipAllowlist,
                expiresAt,
                createdBy,
                createdAt,
                lastUsedAt,
                newStatus,
                newSecretHash,
                hint,
                newReplacedBy,
                newGraceUntil,
                newRevokedAt,
                newExpiredAt,
                version);
    }

    private static SortedSet<Scope> offeredScopes(Product product, Collection<Scope> requested) {
        SortedSet<Scope> wanted = new TreeSet<>();
        for (Scope scope : requested) {
            wanted.add(Require.present(scope, "scopes"));
        }
        Set<Scope> unknown = new TreeSet<>(wanted);
        unknown.removeAll(product.scopes());
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("scopes", "unknown scopes " + unknown + " for product " + product.code());
        }
        return wanted;
    }

    /**
     * The scopes as a key keeps them: each present, at least one, sorted, unmodifiable. A key made or restored with a
     * set from here (or with another key's {@link #scopes()}) keeps that very set instead of a copy, so keys with
     * the same scopes can share one set: many cached keys (the verification snapshot) hold one instance.
     */
    public static SortedSet<Scope> scopeSet(Collection<Scope> scopes) {
        return checkedScopes(scopes);
    }

    private static SortedSet<Scope> checkedScopes(Collection<Scope> scopes) {
        Require.present(scopes, "scopes");
        if (scopes instanceof ScopeSet checked) {
            return checked;
        }
        SortedSet<Scope> copy = new TreeSet<>();
        for (Scope scope : scopes) {
            copy.add(Require.present(scope, "scopes"));
        }
        if (copy.isEmpty()) {
            throw new InvalidValueException("scopes", "a key needs at least one scope");
        }
        return new ScopeSet(copy);
    }

    /**
     * Scopes already checked by {@link #checkedScopes}: an unmodifiable sorted set nobody else holds a modifiable
     * view of, so it can be kept as given. Equal to any set with the same scopes, as every set is.
     */
    private static final class ScopeSet extends AbstractSet<Scope> implements SortedSet<Scope> {

        private final SortedSet<Scope> scopes;

        private ScopeSet(SortedSet<Scope> checked) {
            this.scopes = Collections.unmodifiableSortedSet(checked);
        }

        @Override
        public Iterator<Scope> iterator() {
            return scopes.iterator();
        }

        @Override
        public int size() {
            return scopes.size();
        }

        @Override
        public boolean contains(Object scope) {
            return scopes.contains(scope);
        }

        @Override
        public Comparator<? super Scope> comparator() {
            return scopes.comparator();
        }

        @Override
        public SortedSet<Scope> subSet(Scope from, Scope to) {
            return scopes.subSet(from, to);
        }

        @Override
        public SortedSet<Scope> headSet(Scope to) {
            return scopes.headSet(to);
        }

        @Override
        public SortedSet<Scope> tailSet(Scope from) {
            return scopes.tailSet(from);
        }

        @Override
        public Scope first() {
            return scopes.first();
        }

        @Override
        public Scope last() {
            return scopes.last();
        }
    }

    private static List<String> checkedAllowlist(List<String> entries) {
        if (entries == null) {
            return List.of();
        }
        if (entries.size() > MAX_ALLOWLIST_ENTRIES) {
            throw new InvalidValueException(
                    "ipAllowlist", "ipAllowlist has at most " + MAX_ALLOWLIST_ENTRIES + " entries");
        }
        Set<String> seen = new HashSet<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                throw new InvalidValueException("ipAllowlist", "ipAllowlist entries must not be blank");
            }
            if (entry.length() > MAX_ALLOWLIST_ENTRY_LENGTH) {
                throw new InvalidValueException(
                        "ipAllowlist",
                        "ipAllowlist entries have at most " + MAX_ALLOWLIST_ENTRY_LENGTH + " characters");
            }
            if (!seen.add(entry)) {
                throw new InvalidValueException("ipAllowlist", "ipAllowlist lists " + entry + " more than once");
            }
        }
        return List.copyOf(entries);
    }

    public ApiKeyId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public ProductCode product() {
        return product;
    }

    public KeyName name() {
        return name;
    }

    /** Unmodifiable, never empty. */
    public SortedSet<Scope> scopes() {
        return scopes;
    }

    /** Unmodifiable; empty means any address. */
    public List<String> ipAllowlist() {
        return ipAllowlist;
    }

    /** The absolute expiry date, or null for none. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** The user who generated the key, or null when the system or an integrator delivery did. */
    public UserId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The last successful verification, or null if never used. */
    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    /** The stored status; verification wants {@link #effectiveStatus(Instant)}. */
    public KeyStatus status() {
        return status;
    }

    /** The keyed hash of the secret; null only for a dead key stored when dead keys' hashes were wiped. */
    public String secretHash() {
        return secretHash;
    }

    public KeyHint hint() {
        return hint;
    }

    /** The key that regenerated this one, or null. */
    public ApiKeyId replacedBy() {
        return replacedBy;
    }

    /** Until when a regenerated key still verifies, or null for no grace period. */
    public Instant graceUntil() {
        return graceUntil;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant expiredAt() {
        return expiredAt;
    }

    /** The version this key was loaded at; transitions keep it and storage compares and bumps it. */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key
                && version == key.version
                && id.equals(key.id)
                && accountId.equals(key.accountId)
                && product.equals(key.product)
                && name.equals(key.name)
                && scopes.equals(key.scopes)
                && ipAllowlist.equals(key.ipAllowlist)
                && Objects.equals(expiresAt, key.expiresAt)
                && Objects.equals(createdBy, key.createdBy)
                && createdAt.equals(key.createdAt)
                && Objects.equals(lastUsedAt, key.lastUsedAt)
                && status == key.status
                && Objects.equals(secretHash, key.secretHash)
                && hint.equals(key.hint)
                && Objects.equals(replacedBy, key.replacedBy)
                && Objects.equals(graceUntil, key.graceUntil)
                && Objects.equals(revokedAt, key.revokedAt)
                && Objects.equals(expiredAt, key.expiredAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status, lastUsedAt, version);
    }

    @Override
    public String toString() {
        // The hash stays out: it is not the secret, but logs have no use for it either.
        return "ApiKey[id=" + id + ", account=" + accountId + ", product=" + product + ", name=" + name + ", status="
                + status + ", hint=" + hint + "]";
    }
}
