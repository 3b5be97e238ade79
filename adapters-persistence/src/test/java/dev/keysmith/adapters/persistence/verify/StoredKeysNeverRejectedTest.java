package dev.keysmith.adapters.persistence.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.adapters.persistence.support.TestDatabase;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.KeySnapshotPort.KeySnapshot;
import dev.keysmith.application.port.out.contract.Rows;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyHint;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.Product;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The filter of stored digests never rejects a stored key, on the instance that stored it or on another one, and
 * a dead key is never answered as live: generated digests stored in a random order by generate, by an import-like
 * insert that announces nothing, by regenerate and by revoke, each asked at once of this instance's snapshot and
 * of a second instance's (its own cache, filter and change listener on the same database).
 */
@QuarkusTest
class StoredKeysNeverRejectedTest {

    private static final int ROUNDS = 120;

    @Inject
    PostgresPorts ports;

    @Inject
    KeyChangedPort keyChanges;

    @Inject
    KeySnapshotCache here;

    @Inject
    DataSource dataSource;

    @Inject
    ListenerConnection listenerConnection;

    @Inject
    TestDatabase database;

    @Inject
    SnapshotSettings settings;

    private KeySnapshotCache elsewhere;
    private ChangeListener elsewhereListening;

    @BeforeEach
    void startTheOtherInstance() {
        elsewhere = new KeySnapshotCache(new BoundedQueries(dataSource, settings), Clock.systemUTC(), settings);
        elsewhereListening = new ChangeListener(listenerConnection, elsewhere, new UserTokenGenerations(dataSource));
        elsewhereListening.start(null);
        awaitCondition("both filters loaded", () -> here.filterInUse() && elsewhere.filterInUse());
    }

    @AfterEach
    void stopTheOtherInstance() throws InterruptedException {
        elsewhereListening.stop(null);
    }

    @Test
    void aStoredKeyIsNeverRejectedAndADeadOneNeverAnsweredLive() throws SQLException {
        Random random = new Random(17);
        Rows rows = new Rows(ports);
        Account account = rows.account().approve();
        ports.inTransaction(() -> ports.accounts().updateAccount(account));
        Product product = rows.product();
        ports.inTransaction(() -> ports.productAccess()
                .saveAccess(ProductAccess.none(account.id(), product.code()).enable(Rows.now())));
        List<ApiKey> live = new ArrayList<>();
        List<ApiKey> dead = new ArrayList<>();
        long rejectedBefore = here.filterRejections() + elsewhere.filterRejections();

        for (int round = 0; round < ROUNDS; round++) {
            int operation = live.isEmpty() ? 0 : random.nextInt(5);
            switch (operation) {
                case 0 -> live.add(rows.insert(key(rows, account, product, random)));
                case 1 -> live.add(importLike(key(rows, account, product, random)));
                case 2 -> {
                    // Regenerate on this instance without a grace period: the old key dies, its successor lives.
                    ApiKey old = live.remove(random.nextInt(live.size()));
                    Instant now = Rows.now();
                    ApiKey replaced = old.regenerate(ApiKeyId.random(), Duration.ZERO, now);
                    ApiKey successor = replaced.successor(digest(random), hint(product, random), null, now);
                    ports.inTransaction(() -> {
                        ports.keys().updateKey(replaced);
                        ports.keys().insertKey(successor);
                        keyChanges.keyChanged(old.id());
                    });
                    dead.add(old);
                    live.add(successor);
                }
                case 3 -> {
                    ApiKey old = live.remove(random.nextInt(live.size()));
                    ApiKey revoked = old.revoke(Rows.now());
                    ports.inTransaction(() -> {
                        ports.keys().updateKey(revoked);
                        keyChanges.keyChanged(old.id());
                    });
                    dead.add(old);
                }
                default -> {
                    // A key both instances have cached before it changes.
                    ApiKey asked = live.get(random.nextInt(live.size()));
                    assertLive(here, asked);
                    assertLive(elsewhere, asked);
                }
            }
            for (ApiKey key : live) {
                assertLive(here, key);
                assertLive(elsewhere, key);
            }
            for (ApiKey key : dead) {
                assertThat(here.findKey(key.secretHash()).map(s -> s.key().status()))
                        .as("a dead key on the instance that killed it")
                        .contains(KeyStatus.REVOKED);
                // The other instance hears of the change within its listener's next poll; until then it may still
                // answer from its cache what it held, never "not found".
                assertThat(elsewhere.findKey(key.secretHash())).isPresent();
                awaitCondition(
                        "the other instance answers REVOKED",
                        () -> elsewhere
                                .findKey(key.secretHash())
                                .map(s -> s.key().status() == KeyStatus.REVOKED)
                                .orElse(false));
            }
            String unknown = digest(random);
            assertThat(here.findKey(unknown)).isEmpty();
            assertThat(elsewhere.findKey(unknown)).isEmpty();
        }

        assertThat(here.filterRejections() + elsewhere.filterRejections() - rejectedBefore)
                .as("unknown digests answered by the filters, of %d", 2 * ROUNDS)
                .isGreaterThan(2 * ROUNDS * 9 / 10);
    }

    private static void assertLive(KeySnapshotCache snapshot, ApiKey key) {
        Optional<KeySnapshot> found = snapshot.findKey(key.secretHash());
        assertThat(found).as("stored key %s", key.id()).isPresent();
        assertThat(found.get().key().status()).isEqualTo(KeyStatus.ACTIVE);
    }

    private static ApiKey key(Rows rows, Account account, Product product, Random random) {
        return rows.aKeyOf(account, product)
                .withSecretHash(digest(random))
                .withHint(hint(product, random))
                .build();
    }

    /** Stored with plain SQL, as an import or a bulk loader would: no notification, only the row. */
    private ApiKey importLike(ApiKey key) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO api_key (id, account_id, product_code, name, scopes, ip_allowlist, created_at,
                                             status, secret_hash, hint)
                        VALUES (?, ?, ?, ?, '{read}', '{}', ?, 'ACTIVE', ?, ?)""")) {
            insert.setObject(1, key.id().value());
            insert.setObject(2, key.accountId().value());
            insert.setString(3, key.product().value());
            insert.setString(4, key.name().value());
            insert.setTimestamp(5, Timestamp.from(key.createdAt()));
            insert.setString(6, key.secretHash());
            insert.setString(7, key.hint().value());
            insert.executeUpdate();
        }
        return key;
    }

    private static String digest(Random random) {
        byte[] digest = new byte[32];
        random.nextBytes(digest);
        // Unique across runs on the same database: the seed repeats, the test's digests must not.
        byte[] salt = UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < 16; i++) {
            digest[i] ^= salt[i];
        }
        return HexFormat.of().formatHex(digest);
    }

    private static KeyHint hint(Product product, Random random) {
        return new KeyHint(product.keyPrefix().value() + "_live_ab12\u2026" + (1000 + random.nextInt(9000)));
    }

    /** Waits for another thread (a change listener) to get somewhere, bounded so a broken one fails. */
    private static void awaitCondition(String what, BooleanSupplier reached) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!reached.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as(what).isNegative();
            Thread.onSpinWait();
        }
    }
}
