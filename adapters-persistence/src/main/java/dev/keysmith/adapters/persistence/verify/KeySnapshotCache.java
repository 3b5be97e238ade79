package dev.keysmith.adapters.persistence.verify;

import static dev.keysmith.adapters.persistence.shared.SqlValues.strings;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.keysmith.adapters.persistence.shared.ApiKeyRows;
import dev.keysmith.application.port.out.KeySnapshotPort;
import dev.keysmith.application.port.out.KeySnapshotPort.AccountStanding;
import dev.keysmith.application.port.out.NotInMemoryException;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The verification snapshot: keys by peppered hash with their account and product-access state, bounded in
 * size. Changes made on this instance are dropped as their transaction ends ({@link ChangeChannel}), changes
 * made elsewhere arrive through {@link ChangeListener}; a lookup that raced with a change is not kept. While the
 * listener is silent, cached answers are given for at most the configured staleness ({@link SnapshotFreshness});
 * misses wait for the database at most the configured timeout ({@link BoundedQueries}).
 * Unknown hashes are cached too: a hash can only start to exist when a new random key is generated, so a
 * negative entry can never hide a key. Before any of that, a hash the filter of stored digests
 * ({@link KnownDigests}) does not hold, even after catching up with keys stored elsewhere ({@link DigestCatchUp}),
 * is answered NOT_FOUND without a statement, so a flood of unknown keys neither reaches the database nor
 * evicts live keys.
 */
@ApplicationScoped
public class KeySnapshotCache implements KeySnapshotPort {

    private static final String FIND_BY_HASH = """
            SELECT k.id, k.account_id, k.product_code, k.name, k.scopes, k.ip_allowlist, k.expires_at, k.created_by,
                   k.created_at, k.last_used_at, k.status, k.secret_hash, k.hint, k.replaced_by, k.grace_until,
                   k.revoked_at, k.expired_at, k.version,
                   a.status AS account_status, a.parent_id, m.status AS master_status,
                   COALESCE(pa.state = 'ENABLED', FALSE) AS product_enabled, p.scopes AS product_scopes,
                   p.key_prefix AS product_prefix, COALESCE(i.active, TRUE) AS integrator_active
              FROM api_key k
              JOIN product p ON p.code = k.product_code
              JOIN account a ON a.id = k.account_id
              LEFT JOIN account m ON m.id = a.parent_id
              LEFT JOIN product_access pa ON pa.account_id = k.account_id AND pa.product_code = k.product_code
              LEFT JOIN integrator i ON i.id = k.integrator_id
             WHERE k.secret_hash = ?""";
    private static final String STANDING = """
            SELECT a.status = 'APPROVED' AS active, COALESCE(pa.state = 'ENABLED', FALSE) AS product_enabled
              FROM account a
              LEFT JOIN product_access pa ON pa.account_id = a.id AND pa.product_code = ?
             WHERE a.id = ?""";
    /** Keys stored since the filter last looked, in the order they were stored (index api_key_created_seq). */
    private static final String STORED_AFTER =
            "SELECT created_seq, secret_hash FROM api_key WHERE created_seq > ? ORDER BY created_seq";
    /** At most one catch-up read per this interval, however many unknown keys arrive. */
    static final long CATCH_UP_INTERVAL_NANOS = 10_000_000;

    /** A cached answer; {@code masterId} lets a change of the master account find its sub-accounts' keys. */
    record Entry(KeySnapshot snapshot, UUID masterId) {}

    private final BoundedQueries database;
    private final SnapshotFreshness freshness;
    private final Cache<String, Optional<Entry>> byHash;
    private final Cache<UUID, Optional<UUID>> masters;
    /** Standings by {@code <accountId>:<productCode>}. */
    private final Cache<String, AccountStanding> standings;

    private final Cache<String, Optional<VerifierClientState>> verifierClients;
    private final AtomicLong generation = new AtomicLong();
    private final KnownDigests digests = new KnownDigests();
    private final DigestCatchUp catchUp;
    private final AtomicLong catchUpReads = new AtomicLong();
    private final CoalescedLoads loads = new CoalescedLoads();

    KeySnapshotCache(BoundedQueries database, Clock clock, SnapshotSettings settings) {
        this.database = database;
        this.freshness = new SnapshotFreshness(clock, settings.maxStaleness());
        this.byHash = Caffeine.newBuilder()
                .maximumSize(settings.cacheSize())
                .recordStats()
                .build();
        this.masters = Caffeine.newBuilder().maximumSize(settings.cacheSize()).build();
        this.standings = Caffeine.newBuilder().maximumSize(settings.cacheSize()).build();
        this.verifierClients = Caffeine.newBuilder().maximumSize(10_000).build();
        this.catchUp = new DigestCatchUp(digests, this::readStoredAfter, CATCH_UP_INTERVAL_NANOS, System::nanoTime);
    }

    @Override
    public Optional<KeySnapshot> findKey(String secretHash) {
        if (knownNotStored(secretHash)) {
            digests.rejected();
            return Optional.empty();
        }
        return cached(byHash, secretHash, () -> database.query(FIND_BY_HASH, secretHash, KeySnapshotCache::entry))
                .map(Entry::snapshot);
    }

    @Override
    public Optional<AccountId> masterOf(AccountId account) {
        return cached(
                        masters,
                        account.value(),
                        () -> database.query(
                                        "SELECT parent_id FROM account WHERE id = ?",
                                        account.value(),
                                        row -> Optional.ofNullable(row.getObject(1, UUID.class)))
                                .flatMap(parent -> parent))
                .map(AccountId::new);
    }

    @Override
    public AccountStanding standing(AccountId account, ProductCode product) {
        return cached(
                standings,
                account.value() + ":" + product.value(),
                () -> database.query(
                                STANDING,
                                List.of(product.value(), account.value()),
                                row -> new AccountStanding(row.getBoolean("active"), row.getBoolean("product_enabled")))
                        .orElse(new AccountStanding(false, false)));
    }

    @Override
    public Optional<VerifierClientState> verifierClient(String clientId) {
        return cached(
                verifierClients,
                clientId,
                () -> database.query(
                        "SELECT enabled, token_generation FROM verifier_client WHERE client_id = ?",
                        clientId,
                        row -> new VerifierClientState(row.getBoolean("enabled"), row.getLong("token_generation"))));
    }

    /** Whether the filter, trusted and caught up, proves that no key has this digest. */
    private boolean knownNotStored(String secretHash) {
        return digests.loaded()
                && freshness.trusted()
                && !digests.mightContain(secretHash)
                && !catchUp.mightContainAfterCatchingUp(secretHash);
    }

    private void readStoredAfter(long seenUpTo) {
        catchUpReads.incrementAndGet();
        database.call(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(STORED_AFTER)) {
                statement.setLong(1, seenUpTo);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        digests.addStored(rows.getString(2), rows.getLong(1));
                    }
                }
            }
            return null;
        });
    }

    /**
     * The cached answer while the snapshot is trusted, else the database's. Concurrent misses for one entry share
     * one read ({@link CoalescedLoads}). A load that raced with a change may have read what the change replaced, so
     * it is not kept if a drop happened meanwhile (drops bump the generation before they remove).
     */
    private <K, V> V cached(Cache<K, V> cache, K key, Supplier<V> load) {
        if (!freshness.trusted()) {
            return load.get();
        }
        V known = cache.getIfPresent(key);
        if (known != null) {
            return known;
        }
        long stamp = generation.get();
        return loads.load(new Miss(cache, key), stamp, () -> {
            V loaded = load.get();
            if (generation.get() == stamp) {
                cache.put(key, loaded);
                if (generation.get() != stamp) {
                    cache.asMap().remove(key, loaded);
                }
            }
            return loaded;
        });
    }

    /** One entry of one of the caches, for coalescing the misses on it. */
    private record Miss(Cache<?, ?> cache, Object key) {}

    /** Drops every entry the changes touch, in one pass over the snapshot. */
    void drop(ChangedEntries changes) {
        if (changes.everything()) {
            invalidateAll();
            return;
        }
        generation.incrementAndGet();
        if (changes.touchesKeys()) {
            byHash.asMap()
                    .values()
                    .removeIf(entry -> entry.isPresent()
                            && changes.touches(
                                    entry.get().snapshot().key().id().value(),
                                            entry.get()
                                                    .snapshot()
                                                    .key()
                                                    .accountId()
                                                    .value(),
                                    entry.get().snapshot().key().product().value(),
                                            entry.get().masterId()));
        }
        masters.invalidateAll(changes.accounts());
        standings.asMap().keySet().removeIf(changes::touchesStanding);
        verifierClients.invalidateAll(changes.verifierClients());
    }

    /** Notifications may have been missed: forget everything, entries reload on demand. */
    void invalidateAll() {
        generation.incrementAndGet();
        byHash.invalidateAll();
        masters.invalidateAll();
        standings.invalidateAll();
        verifierClients.invalidateAll();
    }

    /**
     * Keeps cached last-use times current after a flush, so deadline checks see recent use: one pass over the
     * snapshot for the whole flush, changing only the entries used (a pass per key made a flush of 40,000 uses
     * 40,000 passes over 100,000 entries).
     */
    void touch(Map<UUID, Instant> uses) {
        if (uses.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Optional<Entry>> cached : byHash.asMap().entrySet()) {
            Optional<Entry> entry = cached.getValue();
            Instant usedAt = entry.isPresent()
                    ? uses.get(entry.get().snapshot().key().id().value())
                    : null;
            if (usedAt != null) {
                // Only if unchanged: an entry dropped or reloaded meanwhile already has what the database holds.
                byHash.asMap()
                        .replace(
                                cached.getKey(),
                                entry,
                                Optional.of(new Entry(
                                        withUse(entry.get().snapshot(), usedAt),
                                        entry.get().masterId())));
            }
        }
    }

    SnapshotFreshness freshness() {
        return freshness;
    }

    KnownDigests digests() {
        return digests;
    }

    /** Unknown keys answered NOT_FOUND by the filter of stored digests, without a database statement. */
    public long filterRejections() {
        return digests.rejections();
    }

    /** Reads of the keys stored since the filter last looked (at most one per 10 ms). */
    public long filterCatchUpReads() {
        return catchUpReads.get();
    }

    /** Whether unknown keys are currently answered from the filter (loaded, and the listener heard everything). */
    public boolean filterInUse() {
        return digests.loaded() && freshness.trusted();
    }

    long size() {
        return byHash.estimatedSize();
    }

    /** Runs the cache's pending maintenance (evictions) now, for tests that count them. */
    void cleanUp() {
        byHash.cleanUp();
    }

    /** What the cache and the filter of stored digests did since start. */
    public SnapshotStatistics statistics() {
        CacheStats stats = byHash.stats();
        return new SnapshotStatistics(
                stats.hitCount(),
                stats.missCount(),
                loads.joined(),
                stats.evictionCount(),
                byHash.estimatedSize(),
                digests.rejections(),
                catchUpReads.get());
    }

    private static KeySnapshot withUse(KeySnapshot snapshot, Instant usedAt) {
        return new KeySnapshot(
                snapshot.key().recordUse(usedAt),
                snapshot.accountActive(),
                snapshot.masterActive(),
                snapshot.productEnabled(),
                snapshot.productScopes(),
                snapshot.productPrefix(),
                snapshot.integratorActive());
    }

    private static Entry entry(ResultSet row) throws SQLException {
        ApiKey key = ApiKeyRows.key(row);
        UUID masterId = row.getObject("parent_id", UUID.class);
        String masterStatus = row.getString("master_status");
        return new Entry(
                new KeySnapshot(
                        key,
                        "APPROVED".equals(row.getString("account_status")),
                        masterId == null || "APPROVED".equals(masterStatus),
                        row.getBoolean("product_enabled"),
                        Arrays.stream(strings(row.getArray("product_scopes")))
                                .map(Scope::new)
                                .collect(Collectors.toSet()),
                        new KeyPrefix(row.getString("product_prefix")),
                        row.getBoolean("integrator_active")),
                masterId);
    }

    /**
     * The snapshot answering from memory alone, for the event loop: what it holds while it is trusted, and
     * {@link NotInMemoryException} wherever {@link #findKey} and its siblings would read (a miss, a digest the
     * filter would first catch up on, an untrusted snapshot).
     */
    @Override
    public KeySnapshotPort inMemoryOnly() {
        return new KeySnapshotPort() {
            @Override
            public Optional<KeySnapshot> findKey(String secretHash) {
                return remembered(byHash, secretHash).map(Entry::snapshot);
            }

            @Override
            public Optional<AccountId> masterOf(AccountId account) {
                return remembered(masters, account.value()).map(AccountId::new);
            }

            @Override
            public AccountStanding standing(AccountId account, ProductCode product) {
                return remembered(standings, account.value() + ":" + product.value());
            }

            @Override
            public Optional<VerifierClientState> verifierClient(String clientId) {
                return remembered(verifierClients, clientId);
            }

            @Override
            public KeySnapshotPort inMemoryOnly() {
                return this;
            }

            /** A miss here is not counted: the database path that follows counts it, once. */
            private <K, V> V remembered(Cache<K, V> cache, K key) {
                V known = freshness.trusted() ? cache.asMap().get(key) : null;
                if (known == null) {
                    throw new NotInMemoryException();
                }
                cache.getIfPresent(key); // counts the hit (asMap() reads are not counted)
                return known;
            }
        };
    }
}
