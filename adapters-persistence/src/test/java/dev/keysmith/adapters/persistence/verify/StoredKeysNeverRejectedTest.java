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
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * The filter of stored digests and the rule for unknown digests (KeySnapshotCache): on the instance that stored a
 * key it is found at once; on another instance (its own cache, filter and change listener on the same database) it
 * is found once that instance had the change notification, which the test awaits for at most
 * {@link #NOTIFICATION_DEADLINE}, and never answered NOT_FOUND after that; a dead key is never answered as live.
 * Generated digests are stored in a random order by generate, by a plain-SQL insert and by COPY that announce
 * nothing themselves (the database's trigger does, V12), by regenerate and by revoke; unknown digests cost no
 * statement.
 */
@QuarkusTest
class StoredKeysNeverRejectedTest {

    private static final int ROUNDS = 120;
    /** SPEC §5's bound for a change to reach a second instance. */
    private static final Duration NOTIFICATION_DEADLINE = Duration.ofMillis(900);

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
    private BoundedQueries elsewhereStatements;
    private ChangeListener elsewhereListening;

    @BeforeEach
    void startTheOtherInstance() {
        elsewhereStatements = new BoundedQueries(dataSource, settings);
        elsewhere = new KeySnapshotCache(elsewhereStatements, Clock.systemUTC(), settings);
        elsewhereListening = new ChangeListener(listenerConnection, elsewhere, new UserTokenGenerations(dataSource));
        elsewhereListening.start(null);
        awaitCondition(
                "both filters loaded", Duration.ofSeconds(10), () -> here.filterInUse() && elsewhere.filterInUse());
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
            int operation = live.isEmpty() ? 0 : random.nextInt(6);
            List<ApiKey> stored = new ArrayList<>();
            switch (operation) {
                case 0 -> stored.add(rows.insert(key(rows, account, product, random)));
                case 1 -> stored.add(insertWithSql(key(rows, account, product, random)));
                case 2 ->
                    stored.addAll(
                            copy(List.of(key(rows, account, product, random), key(rows, account, product, random))));
                case 3 -> {
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
                    stored.add(successor);
                }
                case 4 -> {
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
            for (ApiKey key : stored) {
                if (operation == 0 || operation == 3) {
                    assertLive(here, key); // stored through this instance's ports: found at once
                }
                for (KeySnapshotCache instance : List.of(here, elsewhere)) {
                    awaitCondition(
                            "the instance had the notification of the stored key",
                            NOTIFICATION_DEADLINE,
                            () -> instance.findKey(key.secretHash()).isPresent());
                }
            }
            live.addAll(stored);
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
                        NOTIFICATION_DEADLINE,
                        () -> elsewhere
                                .findKey(key.secretHash())
                                .map(s -> s.key().status() == KeyStatus.REVOKED)
                                .orElse(false));
            }
            String unknown = digest(random);
            long statements = elsewhereStatements.calls();
            assertThat(here.findKey(unknown)).isEmpty();
            assertThat(elsewhere.findKey(unknown)).isEmpty();
            assertThat(elsewhere.inMemoryOnly().findKey(unknown)).isEmpty();
            if (elsewhere.filterInUse() && !elsewhere.digests().mightContain(unknown)) {
                assertThat(elsewhereStatements.calls() - statements)
                        .as("an unknown digest costs no statement")
                        .isZero();
            }
        }

        assertThat(here.filterRejections() + elsewhere.filterRejections() - rejectedBefore)
                .as("unknown digests answered by the filters, of %d", 2 * ROUNDS)
                .isGreaterThan(2 * ROUNDS * 9 / 10);
    }

    /**
     * Identity values are taken at insert, not at commit: a key whose transaction took its {@code created_seq}
     * before another's but commits after the other was seen must still reach the other instance's filter.
     */
    @Test
    void keysCommittedOutOfTheirCreationOrderBothReachTheOtherInstance() throws SQLException {
        Random random = new Random(12);
        Rows rows = new Rows(ports);
        Account account = rows.account().approve();
        ports.inTransaction(() -> ports.accounts().updateAccount(account));
        Product product = rows.product();
        ApiKey first = key(rows, account, product, random);
        ApiKey second = key(rows, account, product, random);
        try (Connection early = database.connect();
                Connection late = database.connect()) {
            early.setAutoCommit(false);
            late.setAutoCommit(false);
            long earlySeq = insert(early, first);
            long lateSeq = insert(late, second);
            assertThat(earlySeq).isLessThan(lateSeq);

            late.commit();
            awaitCondition(
                    "the later key reached the other instance",
                    NOTIFICATION_DEADLINE,
                    () -> elsewhere.findKey(second.secretHash()).isPresent());
            assertThat(elsewhere.findKey(first.secretHash()))
                    .as("not committed yet")
                    .isEmpty();

            early.commit();
            awaitCondition(
                    "the earlier key, committed last, reached the other instance",
                    NOTIFICATION_DEADLINE,
                    () -> elsewhere.findKey(first.secretHash()).isPresent());
        }
        assertLive(elsewhere, first);
        assertLive(elsewhere, second);
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

    /** Stored with plain SQL, as an import or a bulk loader would: no notification of its own, only the row. */
    private ApiKey insertWithSql(ApiKey key) throws SQLException {
        try (Connection connection = database.connect()) {
            insert(connection, key);
        }
        return key;
    }

    /** Inserts the row and answers its {@code created_seq}. */
    private static long insert(Connection connection, ApiKey key) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO api_key (id, account_id, product_code, name, scopes, ip_allowlist, created_at,
                                     status, secret_hash, hint)
                VALUES (?, ?, ?, ?, '{read}', '{}', ?, 'ACTIVE', ?, ?)
                RETURNING created_seq""")) {
            insert.setObject(1, key.id().value());
            insert.setObject(2, key.accountId().value());
            insert.setString(3, key.product().value());
            insert.setString(4, key.name().value());
            insert.setTimestamp(5, Timestamp.from(key.createdAt()));
            insert.setString(6, key.secretHash());
            insert.setString(7, key.hint().value());
            try (ResultSet created = insert.executeQuery()) {
                created.next();
                return created.getLong(1);
            }
        }
    }

    /** Stored with COPY, as bench/verify's loader does. */
    private List<ApiKey> copy(List<ApiKey> keys) throws SQLException {
        StringBuilder lines = new StringBuilder();
        for (ApiKey key : keys) {
            lines.append(String.join(
                            "\t",
                            key.id().value().toString(),
                            key.accountId().value().toString(),
                            key.product().value(),
                            key.name().value(),
                            "{read}",
                            "{}",
                            key.createdAt().toString(),
                            "ACTIVE",
                            key.secretHash(),
                            key.hint().value()))
                    .append('\n');
        }
        try (Connection connection = database.connect()) {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY api_key (id, account_id, product_code, name, scopes, ip_allowlist, created_at, status,"
                                    + " secret_hash, hint) FROM STDIN",
                            new StringReader(lines.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
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

    /** Waits for another thread (a change listener) to get somewhere, bounded so a broken or late one fails. */
    private static void awaitCondition(String what, Duration deadline, BooleanSupplier reached) {
        long started = System.nanoTime();
        while (!reached.getAsBoolean()) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(what).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
