package dev.keysmith.adapters.persistence.verify;

import static dev.keysmith.adapters.persistence.shared.SqlValues.strings;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The verification snapshot: keys by peppered hash with their account and product-access state, bounded in
 * size. Changes made on this instance are dropped as their transaction ends ({@link ChangeChannel}), changes
 * made elsewhere arrive through {@link ChangeListener}; a lookup that raced with a change is not kept. While the
 * listener is silent, cached answers are given for at most the configured staleness ({@link SnapshotFreshness});
 * misses wait for the database at most the configured timeout ({@link BoundedQueries}), and a miss reads
 * everything its verdict needs in one statement, the sub-account's master and standing included when a key is
 * used on behalf of one.
 *
 * <p>Unknown digests: while the filter of stored digests ({@link KnownDigests}) is current, i.e. loaded and the
 * change listener connected and heard within the staleness bound, a digest it does not hold is answered
 * NOT_FOUND from memory, with no database statement, on the caller's own thread. A key stored on another
 * instance (or by plain SQL or COPY) enters this filter through the change notification its insert sends at
 * commit (V12's trigger), within the same bound as a revocation (under a second); until then this instance may
 * answer NOT_FOUND for it. While the filter is not current (loading, listener lost, rebuilding) every miss is
 * looked up in the database. Unknown hashes the filter lets through (its false positives) are cached as empty
 * answers, and dropped when a key with that digest is stored.
 */
@ApplicationScoped
public class KeySnapshotCache implements KeySnapshotPort {

    private static final String KEY_COLUMNS = """
            SELECT k.id, k.account_id, k.product_code, k.name, k.scopes, k.ip_allowlist, k.expires_at, k.created_by,
                   k.created_at, k.last_used_at, k.status, k.secret_hash, k.hint, k.replaced_by, k.grace_until,
                   k.revoked_at, k.expired_at, k.version,
                   a.status AS account_status, a.parent_id, m.status AS master_status,
                   COALESCE(pa.state = 'ENABLED', FALSE) AS product_enabled, p.scopes AS product_scopes,
                   p.key_prefix AS product_prefix, COALESCE(i.active, TRUE) AS integrator_active""";
    private static final String KEY_JOINS = """
              FROM api_key k
              JOIN product p ON p.code = k.product_code
              JOIN account a ON a.id = k.account_id
              LEFT JOIN account m ON m.id = a.parent_id
              LEFT JOIN product_access pa ON pa.account_id = k.account_id AND pa.product_code = k.product_code
              LEFT JOIN integrator i ON i.id = k.integrator_id""";
    private static final String FIND_BY_HASH = KEY_COLUMNS + "\n" + KEY_JOINS + "\n WHERE k.secret_hash = ?";
    /** The key and, in the same round trip, the account it is used for: its master and its standing. */
    private static final String FIND_BY_HASH_FOR_ACCOUNT = KEY_COLUMNS + """
            ,
                   r.id IS NOT NULL AS for_known, r.parent_id AS for_parent,
                   COALESCE(r.status = 'APPROVED', FALSE) AS for_active,
                   COALESCE(rpa.state = 'ENABLED', FALSE) AS for_product_enabled
            """ + KEY_JOINS + """

              LEFT JOIN account r ON r.id = ?
              LEFT JOIN product_access rpa ON rpa.account_id = r.id AND rpa.product_code = ?
             WHERE k.secret_hash = ?""";
    /** An account's master and its standing for one product, in one statement. */
    private static final String ACCOUNT_FACTS = """
            SELECT a.parent_id AS parent, a.status = 'APPROVED' AS active,
                   COALESCE(pa.state = 'ENABLED', FALSE) AS product_enabled
              FROM account a
              LEFT JOIN product_access pa ON pa.account_id = a.id AND pa.product_code = ?
             WHERE a.id = ?""";

    /** Values many cached keys have in common, one instance each while any cached answer refers to it. */
    private static final ApiKeyRows.Sharing SHARED = new ApiKeyRows.Sharing() {
        private final Interner<Object> interner = Interners.newWeakInterner();

        @Override
        @SuppressWarnings("unchecked")
        public <T> T share(T value) {
            return (T) interner.intern(value);
        }
    };

    /**
     * Product scope sets, apart from {@link #SHARED}: sets are equal by content, so one interner would hand a key's
     * own scope set (which {@code ApiKey} keeps as given) out for a product's equal one and the other way round, and
     * each kind would then be copied where the other is expected ({@code KeySnapshot} copies all but the JDK's
     * immutable sets, {@code ApiKey} all but its own), one copy per cached key.
     */
    private static final Interner<Set<Scope>> PRODUCT_SCOPES = Interners.newWeakInterner();

    private static final AccountFacts UNKNOWN_ACCOUNT =
            new AccountFacts(Optional.empty(), new AccountStanding(false, false));

    /**
     * A cached answer; {@code masterId} lets a change of the master account find its sub-accounts' keys. It also
     * remembers the latest use known for its key (stored when it was read, or noted for writing since), so that a key
     * in constant use is queued for a last-use write once per precision and not on every verification: the cached
     * {@link ApiKey} keeps the time it was read with, and a flush does not rebuild it.
     */
    static final class Entry {

        private static final long NONE = Long.MIN_VALUE;
        private static final AtomicLongFieldUpdater<Entry> USED_UP_TO =
                AtomicLongFieldUpdater.newUpdater(Entry.class, "usedUpTo");

        private final KeySnapshot snapshot;
        private final UUID masterId;
        /** Epoch milliseconds of the latest use known for the key, {@link #NONE} for none. */
        private volatile long usedUpTo;

        Entry(KeySnapshot snapshot, UUID masterId) {
            this.snapshot = snapshot;
            this.masterId = masterId;
            Instant lastUsed = snapshot.key().lastUsedAt();
            this.usedUpTo = lastUsed == null ? NONE : lastUsed.toEpochMilli();
        }

        KeySnapshot snapshot() {
            return snapshot;
        }

        UUID masterId() {
            return masterId;
        }

        /** See {@link KeySnapshotCache#noteUse}. */
        boolean noteUse(long at, long precision) {
            while (true) {
                long known = usedUpTo;
                if (known != NONE && at <= known + precision) {
                    return false;
                }
                if (USED_UP_TO.compareAndSet(this, known, at)) {
                    return true;
                }
            }
        }
    }

    /**
     * Of the hits on cached keys, one in this many is recorded for the eviction policy (W-TinyLFU's frequency sketch
     * and queues); the others are counted here. Every recorded read moves its entry in Caffeine's LRU queues: pointer
     * writes into old objects all over the heap, each one a dirty card that G1 scans in the next young pause. Under a
     * 300,000-key working set that was ~24,000 cards and a median 12 ms of every pause (a young pause every ~0.4 s),
     * most of the verification's p99. A uniform sample keeps the ratios of the frequencies, which is what
     * admission and eviction compare; Caffeine's own read buffers drop reads under contention in the same spirit.
     */
    static final int RECORDED_HITS = 8;

    private final BoundedQueries database;
    private final SnapshotFreshness freshness;
    private final Cache<String, Optional<Entry>> byHash;
    private final Cache<UUID, Optional<UUID>> masters;
    /** Standings by {@code <accountId>:<productCode>}. */
    private final Cache<String, AccountStanding> standings;

    private final Cache<String, Optional<VerifierClientState>> verifierClients;
    private final AtomicLong generation = new AtomicLong();
    private final KnownDigests digests = new KnownDigests();
    private final AtomicLong storedReads = new AtomicLong();
    private final LongAdder unrecordedHits = new LongAdder();
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
    }

    @Override
    public Optional<KeySnapshot> findKey(String secretHash) {
        if (knownNotStored(secretHash)) {
            digests.rejected();
            return Optional.empty();
        }
        if (!freshness.trusted()) {
            return database.query(FIND_BY_HASH, secretHash, this::entry).map(Entry::snapshot);
        }
        Optional<Entry> held = held(secretHash);
        if (held != null) {
            return held.map(Entry::snapshot);
        }
        long stamp = generation.get();
        Optional<Entry> loaded = loads.load(new Miss(byHash, secretHash), stamp, () -> {
            Optional<Entry> entry = database.query(FIND_BY_HASH, secretHash, this::entry);
            keep(byHash, heldUnder(secretHash, entry), entry, stamp);
            return entry;
        });
        return loaded.map(Entry::snapshot);
    }

    /** The cached answer for this digest, or null; a miss is counted, a hit as {@link #RECORDED_HITS} says. */
    private Optional<Entry> held(String secretHash) {
        Optional<Entry> held = byHash.policy().getIfPresentQuietly(secretHash);
        if (held == null) {
            return byHash.getIfPresent(secretHash); // counts the miss (or the hit of an entry kept meanwhile)
        }
        hit(secretHash);
        return held;
    }

    private void hit(String secretHash) {
        if (ThreadLocalRandom.current().nextInt(RECORDED_HITS) == 0) {
            byHash.getIfPresent(secretHash); // recorded: the policy hears of it, the statistics count it
        } else {
            unrecordedHits.increment();
        }
    }

    /**
     * The string a loaded entry is kept under: the key's own digest (equal to the one asked for), so the cache does
     * not hold a second copy of it beside the key.
     */
    private static String heldUnder(String secretHash, Optional<Entry> entry) {
        return entry.map(found -> found.snapshot().key().secretHash())
                .filter(secretHash::equals)
                .orElse(secretHash);
    }

    /**
     * A cold key and the account it is used for are read in one statement; a held key whose account facts are not
     * held reads those in one statement; the {@link #masterOf} and {@link #standing} that follow are answered from
     * memory.
     */
    @Override
    public Optional<KeySnapshot> findKey(String secretHash, AccountId onBehalfOf, ProductCode product) {
        if (!freshness.trusted() || holdsFactsOf(onBehalfOf, product)) {
            return findKey(secretHash); // untrusted: nothing is kept, so each look-up reads for itself
        }
        if (knownNotStored(secretHash)) {
            digests.rejected();
            return Optional.empty();
        }
        Optional<Entry> held = held(secretHash);
        if (held != null) {
            if (held.isPresent() && !held.get().snapshot().key().accountId().equals(onBehalfOf)) {
                factsOf(onBehalfOf, product);
            }
            return held.map(Entry::snapshot);
        }
        long stamp = generation.get();
        Optional<Entry> loaded = loads.load(new Miss(byHash, secretHash), stamp, () -> {
            Optional<KeyAndAccount> read = database.query(
                    FIND_BY_HASH_FOR_ACCOUNT,
                    List.of(onBehalfOf.value(), product.value(), secretHash),
                    row -> new KeyAndAccount(entry(row), accountFacts(row, "for_")));
            Optional<Entry> entry = read.map(KeyAndAccount::entry);
            keep(byHash, heldUnder(secretHash, entry), entry, stamp);
            read.ifPresent(found -> keepFacts(onBehalfOf, product, found.account(), stamp));
            return entry;
        });
        return loaded.map(Entry::snapshot);
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
                standingKey(account, product),
                () -> readFacts(account, product).standing());
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

    /**
     * Whether the filter is current and does not hold this digest: then no key has it, as far as every change
     * this instance has heard goes (see the class comment for the bound on keys stored elsewhere).
     */
    private boolean knownNotStored(String secretHash) {
        return filterInUse() && !digests.mightContain(secretHash);
    }

    /**
     * Keys with these digests were stored (heard from the listener, or stored here): the filter holds them from now
     * on, and an empty answer cached for one of them (a false positive of the filter, looked up before the key
     * existed) is dropped.
     */
    void stored(Collection<String> secretHashes) {
        generation.incrementAndGet();
        for (String secretHash : secretHashes) {
            digests.add(secretHash);
            byHash.asMap().remove(secretHash, Optional.empty());
        }
    }

    /** The listener read the digests of keys stored elsewhere (once per batch of notifications). */
    void storedElsewhereRead() {
        storedReads.incrementAndGet();
    }

    private boolean holdsFactsOf(AccountId account, ProductCode product) {
        return masters.asMap().containsKey(account.value())
                && standings.asMap().containsKey(standingKey(account, product));
    }

    /** Reads and keeps an account's master and standing, one statement for both. */
    private void factsOf(AccountId account, ProductCode product) {
        long stamp = generation.get();
        loads.load(new Miss(standings, standingKey(account, product)), stamp, () -> {
            AccountFacts facts = readFacts(account, product);
            keepFacts(account, product, facts, stamp);
            return facts.standing();
        });
    }

    private AccountFacts readFacts(AccountId account, ProductCode product) {
        return database.query(ACCOUNT_FACTS, List.of(product.value(), account.value()), row -> accountFacts(row, ""))
                .orElse(UNKNOWN_ACCOUNT);
    }

    private void keepFacts(AccountId account, ProductCode product, AccountFacts facts, long stamp) {
        keep(masters, account.value(), facts.master(), stamp);
        keep(standings, standingKey(account, product), facts.standing(), stamp);
    }

    private static String standingKey(AccountId account, ProductCode product) {
        return account.value() + ":" + product.value();
    }

    /**
     * The cached answer while the snapshot is trusted, else the database's. Concurrent misses for one entry share
     * one read ({@link CoalescedLoads}).
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
            keep(cache, key, loaded, stamp);
            return loaded;
        });
    }

    /**
     * Keeps what a load read, unless a drop happened since it started: then it may have read what the change
     * replaced (drops bump the generation before they remove).
     */
    private <K, V> void keep(Cache<K, V> cache, K key, V loaded, long stamp) {
        if (generation.get() == stamp) {
            cache.put(key, loaded);
            if (generation.get() != stamp) {
                cache.asMap().remove(key, loaded);
            }
        }
    }

    /** An account's master (empty for a top-level or unknown account) and its standing for one product. */
    private record AccountFacts(Optional<UUID> master, AccountStanding standing) {}

    private record KeyAndAccount(Entry entry, AccountFacts account) {}

    private static AccountFacts accountFacts(ResultSet row, String prefix) throws SQLException {
        if (!prefix.isEmpty() && !row.getBoolean(prefix + "known")) {
            return UNKNOWN_ACCOUNT;
        }
        return new AccountFacts(
                Optional.ofNullable(row.getObject(prefix + "parent", UUID.class))
                        .map(SHARED::share),
                new AccountStanding(row.getBoolean(prefix + "active"), row.getBoolean(prefix + "product_enabled")));
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
     * A use of the key with this digest was written through: its cached answer (if held) takes the new last-use
     * time, so its next verification sees that the key is no longer near its inactivity deadline.
     */
    void used(String secretHash, Instant usedAt) {
        byHash.asMap()
                .computeIfPresent(
                        secretHash,
                        (hash, held) ->
                                held.map(entry -> new Entry(withUse(entry.snapshot(), usedAt), entry.masterId())));
    }

    /**
     * Whether a use at {@code at} of the key with this digest moves the latest use known for it (stored when it was
     * read, or noted since) on by more than {@code precision}; if so it is noted, and the caller queues the write.
     * True for a key this cache does not hold. Looked up quietly: noting a use is not a verification's look-up, and
     * changes neither the hit counts nor the eviction order.
     */
    boolean noteUse(String secretHash, Instant at, Duration precision) {
        Optional<Entry> held = byHash.policy().getIfPresentQuietly(secretHash);
        return held == null || held.isEmpty() || held.get().noteUse(at.toEpochMilli(), precision.toMillis());
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

    /**
     * Reads of the digests of keys stored elsewhere, one per batch of change notifications that announced new keys
     * (the listener's, on its own connection; never a verification's).
     */
    public long filterCatchUpReads() {
        return storedReads.get();
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
                stats.hitCount() + unrecordedHits.sum(),
                stats.missCount(),
                loads.joined(),
                stats.evictionCount(),
                byHash.estimatedSize(),
                digests.rejections(),
                storedReads.get());
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

    /**
     * A cached answer holds only what is its own (ids, digest, hint, times); what many keys have in common (account,
     * product, scopes, the product's scopes and prefix, allowlist entries, creator, master) is one shared instance,
     * kept while a cached key refers to it.
     */
    private Entry entry(ResultSet row) throws SQLException {
        ApiKey key = ApiKeyRows.key(row, SHARED);
        UUID masterId = row.getObject("parent_id", UUID.class);
        String masterStatus = row.getString("master_status");
        return new Entry(
                new KeySnapshot(
                        key,
                        "APPROVED".equals(row.getString("account_status")),
                        masterId == null || "APPROVED".equals(masterStatus),
                        row.getBoolean("product_enabled"),
                        PRODUCT_SCOPES.intern(Set.copyOf(Arrays.stream(strings(row.getArray("product_scopes")))
                                .map(scope -> SHARED.share(new Scope(scope)))
                                .toList())),
                        SHARED.share(new KeyPrefix(row.getString("product_prefix"))),
                        row.getBoolean("integrator_active")),
                masterId == null ? null : SHARED.share(masterId));
    }

    /**
     * The snapshot answering from memory alone, for the event loop: what it holds while it is trusted, NOT_FOUND
     * for a digest the current filter does not hold, and {@link NotInMemoryException} wherever {@link #findKey} and
     * its siblings would read (a miss, an untrusted snapshot).
     */
    @Override
    public KeySnapshotPort inMemoryOnly() {
        return new KeySnapshotPort() {
            @Override
            public Optional<KeySnapshot> findKey(String secretHash) {
                if (knownNotStored(secretHash)) {
                    digests.rejected();
                    return Optional.empty();
                }
                Optional<Entry> held = freshness.trusted() ? byHash.policy().getIfPresentQuietly(secretHash) : null;
                if (held == null) {
                    throw new NotInMemoryException(); // not counted: the database path that follows counts it, once
                }
                hit(secretHash);
                return held.map(Entry::snapshot);
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
                V known = freshness.trusted() ? cache.policy().getIfPresentQuietly(key) : null;
                if (known == null) {
                    throw new NotInMemoryException();
                }
                cache.getIfPresent(key); // records the hit, once (asMap().get would record a read too)
                return known;
            }
        };
    }
}
