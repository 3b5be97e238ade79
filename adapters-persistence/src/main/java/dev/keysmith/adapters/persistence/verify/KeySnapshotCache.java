package dev.keysmith.adapters.persistence.verify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.keysmith.application.port.out.KeySnapshotPort;
import dev.keysmith.application.verify.VerificationUnavailableException;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyHint;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The verification snapshot: keys by peppered hash with their account and product-access state, bounded in
 * size. Changes arrive through {@link ChangeListener}; a lookup that raced with a change is not cached.
 * Unknown hashes are cached too: a hash can only start to exist when a new random key is generated, so a
 * negative entry can never hide a key.
 */
@ApplicationScoped
public class KeySnapshotCache implements KeySnapshotPort {

    private static final String FIND_BY_HASH = """
            SELECT k.id, k.account_id, k.product_code, k.name, k.scopes, k.ip_allowlist, k.expires_at, k.created_by,
                   k.created_at, k.last_used_at, k.status, k.secret_hash, k.hint, k.replaced_by, k.grace_until,
                   k.revoked_at, k.expired_at, k.version,
                   a.status AS account_status, a.parent_id, m.status AS master_status,
                   COALESCE(pa.state = 'ENABLED', FALSE) AS product_enabled
              FROM api_key k
              JOIN account a ON a.id = k.account_id
              LEFT JOIN account m ON m.id = a.parent_id
              LEFT JOIN product_access pa ON pa.account_id = k.account_id AND pa.product_code = k.product_code
             WHERE k.secret_hash = ?""";

    /** A verifier client's switch and the token generation its tokens must carry at least. */
    record ClientState(boolean enabled, long tokenGeneration) {
    }

    /** A cached answer; {@code masterId} lets a change of the master account find its sub-accounts' keys. */
    record Entry(KeySnapshot snapshot, UUID masterId) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration maxStaleness;
    private final Cache<String, Optional<Entry>> byHash;
    private final Cache<UUID, Optional<UUID>> masters;
    private final Cache<String, ClientState> verifierClients;
    private final AtomicLong generation = new AtomicLong();
    private volatile Instant listenerDownSince = Instant.EPOCH;

    KeySnapshotCache(DataSource dataSource, Clock clock,
            @ConfigProperty(name = "keysmith.verification.cache-size", defaultValue = "100000") long size,
            @ConfigProperty(name = "keysmith.verification.max-staleness", defaultValue = "PT30S") Duration maxStaleness) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.maxStaleness = maxStaleness;
        this.byHash = Caffeine.newBuilder().maximumSize(size).build();
        this.masters = Caffeine.newBuilder().maximumSize(size).build();
        // Client switches are rare and the token lives 15 minutes anyway: re-read state once a second.
        this.verifierClients = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(1)).build();
    }

    @Override
    public Optional<KeySnapshot> findKey(String secretHash) {
        if (!trustworthy()) {
            return load(secretHash).map(Entry::snapshot);
        }
        Optional<Entry> cached = byHash.getIfPresent(secretHash);
        if (cached != null) {
            return cached.map(Entry::snapshot);
        }
        long stamp = generation.get();
        Optional<Entry> loaded = load(secretHash);
        if (generation.get() == stamp) {
            byHash.put(secretHash, loaded);
        }
        return loaded.map(Entry::snapshot);
    }

    @Override
    public Optional<AccountId> masterOf(AccountId account) {
        Optional<UUID> cached = trustworthy() ? masters.getIfPresent(account.value()) : null;
        if (cached == null) {
            long stamp = generation.get();
            cached = query("SELECT parent_id FROM account WHERE id = ?", account.value(),
                    row -> Optional.ofNullable(row.getObject(1, UUID.class))).flatMap(parent -> parent);
            if (generation.get() == stamp) {
                masters.put(account.value(), cached);
            }
        }
        return cached.map(AccountId::new);
    }

    @Override
    public boolean verifierClientAccepts(String clientId, long tokenGeneration) {
        ClientState state = verifierClients.get(clientId, id -> query(
                "SELECT enabled, token_generation FROM verifier_client WHERE client_id = ?", id,
                row -> new ClientState(row.getBoolean(1), row.getLong(2))).orElse(new ClientState(false, 0)));
        return state.enabled() && tokenGeneration >= state.tokenGeneration();
    }

    /** A client was rolled, disabled or enabled: read its state again. */
    void verifierClientChanged(String clientId) {
        verifierClients.invalidate(clientId);
    }

    /** A key changed: forget its hash. */
    void keyChanged(UUID keyId) {
        generation.incrementAndGet();
        byHash.asMap().values().removeIf(entry -> entry.isPresent()
                && entry.get().snapshot().key().id().value().equals(keyId));
    }

    /** Several keys changed (a sweep batch): forget their hashes in one pass over the snapshot. */
    void keysChanged(java.util.Set<UUID> keyIds) {
        generation.incrementAndGet();
        byHash.asMap().values().removeIf(entry -> entry.isPresent()
                && keyIds.contains(entry.get().snapshot().key().id().value()));
    }

    /** An account's status changed: forget its keys and its sub-accounts' keys. */
    void accountChanged(UUID accountId) {
        generation.incrementAndGet();
        masters.invalidate(accountId);
        byHash.asMap().values().removeIf(entry -> entry.isPresent()
                && (entry.get().snapshot().key().accountId().value().equals(accountId)
                        || accountId.equals(entry.get().masterId())));
    }

    /** A product was enabled or disabled for an account: forget that account's keys of that product. */
    void accessChanged(UUID accountId, String productCode) {
        generation.incrementAndGet();
        byHash.asMap().values().removeIf(entry -> entry.isPresent()
                && entry.get().snapshot().key().accountId().value().equals(accountId)
                && entry.get().snapshot().key().product().value().equals(productCode));
    }

    /** Notifications may have been missed: forget everything, entries reload on demand. */
    void invalidateAll() {
        generation.incrementAndGet();
        byHash.invalidateAll();
        masters.invalidateAll();
        verifierClients.invalidateAll();
    }

    /** Keeps cached last-use times current after a flush, so deadline checks see recent use. */
    void touch(UUID keyId, Instant usedAt) {
        byHash.asMap().replaceAll((hash, entry) -> entry.isPresent()
                && entry.get().snapshot().key().id().value().equals(keyId)
                ? Optional.of(new Entry(withUse(entry.get().snapshot(), usedAt), entry.get().masterId()))
                : entry);
    }

    void listenerDown() {
        if (listenerDownSince == null) {
            listenerDownSince = clock.instant();
        }
    }

    void listenerUp() {
        listenerDownSince = null;
    }

    long size() {
        return byHash.estimatedSize();
    }

    /** Cached answers are trusted while the listener runs, and for a short grace after it was lost. */
    private boolean trustworthy() {
        Instant downSince = listenerDownSince;
        return downSince == null || clock.instant().isBefore(downSince.plus(maxStaleness));
    }

    private Optional<Entry> load(String secretHash) {
        return query(FIND_BY_HASH, secretHash, KeySnapshotCache::entry);
    }

    private static KeySnapshot withUse(KeySnapshot snapshot, Instant usedAt) {
        return new KeySnapshot(snapshot.key().recordUse(usedAt), snapshot.accountActive(), snapshot.masterActive(),
                snapshot.productEnabled());
    }

    private static Entry entry(ResultSet row) throws SQLException {
        ApiKey key = ApiKey.restore(new ApiKeyId(row.getObject("id", UUID.class)),
                new AccountId(row.getObject("account_id", UUID.class)), new ProductCode(row.getString("product_code")),
                new KeyName(row.getString("name")),
                Arrays.stream(strings(row.getArray("scopes"))).map(Scope::new).toList(),
                List.of(strings(row.getArray("ip_allowlist"))), instant(row, "expires_at"),
                row.getObject("created_by") == null ? null : new UserId(row.getObject("created_by", UUID.class)),
                instant(row, "created_at"), instant(row, "last_used_at"), KeyStatus.valueOf(row.getString("status")),
                row.getString("secret_hash"), new KeyHint(row.getString("hint")),
                row.getObject("replaced_by") == null ? null : new ApiKeyId(row.getObject("replaced_by", UUID.class)),
                instant(row, "grace_until"), instant(row, "revoked_at"), instant(row, "expired_at"),
                row.getLong("version"));
        UUID masterId = row.getObject("parent_id", UUID.class);
        String masterStatus = row.getString("master_status");
        return new Entry(new KeySnapshot(key, "APPROVED".equals(row.getString("account_status")),
                masterId == null || "APPROVED".equals(masterStatus), row.getBoolean("product_enabled")), masterId);
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> Optional<T> query(String sql, Object parameter, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.ofNullable(reader.read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new VerificationUnavailableException(e);
        }
    }
}
