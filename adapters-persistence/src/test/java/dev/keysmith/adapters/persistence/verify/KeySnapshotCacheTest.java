package dev.keysmith.adapters.persistence.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.out.KeySnapshotPort.KeySnapshot;
import dev.keysmith.application.port.out.KeySnapshotPort.VerifierClientState;
import dev.keysmith.application.port.out.VerificationUnavailableException;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyBuilder;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.testing.TestClock;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The snapshot's rules without a database: what it answers from memory, for how long, and what it drops. */
class KeySnapshotCacheTest {

    private static final SnapshotSettings SETTINGS =
            new SnapshotSettings(1_000, Duration.ofSeconds(30), Duration.ofMillis(250));

    private final TestClock clock = TestClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    private final FakeDatabase database = new FakeDatabase();
    private final KeySnapshotCache cache = new KeySnapshotCache(database, clock, SETTINGS);
    private final ApiKey key = key(KeyStatus.ACTIVE);

    @Test
    void heldKeysAndVerifierClientsAreAnsweredFromMemoryForTheStalenessBoundOfAnOutage() {
        cache.freshness().heardEverythingUpTo(clock.instant());
        database.rows.put("hash", entry(key));
        database.rows.put("vc_backend", new VerifierClientState(true, 0));
        assertThat(cache.findKey("hash")).isPresent();
        assertThat(cache.verifierClient("vc_backend")).contains(new VerifierClientState(true, 0));

        database.down = true;
        clock.advance(Duration.ofSeconds(29));

        assertThat(cache.findKey("hash").map(KeySnapshot::key)).contains(key);
        assertThat(cache.verifierClient("vc_backend")).contains(new VerifierClientState(true, 0));
        assertThatThrownBy(() -> cache.findKey("a key it never held"))
                .isInstanceOf(VerificationUnavailableException.class);

        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> cache.findKey("hash"))
                .as("past the staleness bound")
                .isInstanceOf(VerificationUnavailableException.class);
        assertThatThrownBy(() -> cache.verifierClient("vc_backend"))
                .isInstanceOf(VerificationUnavailableException.class);
    }

    @Test
    void aDroppedKeyOrClientIsReadAgain() {
        cache.freshness().heardEverythingUpTo(clock.instant());
        database.rows.put("hash", entry(key));
        database.rows.put("vc_backend", new VerifierClientState(true, 0));
        cache.findKey("hash");
        cache.verifierClient("vc_backend");

        ApiKey disabled = key(KeyStatus.DISABLED);
        database.rows.put("hash", entry(disabled));
        database.rows.put("vc_backend", new VerifierClientState(false, 0));
        assertThat(cache.findKey("hash").map(KeySnapshot::key))
                .as("still cached")
                .contains(key);

        cache.drop(ChangedEntries.parse(List.of("key:" + key.id().value(), "client:vc_backend")));

        assertThat(cache.findKey("hash").map(KeySnapshot::key)).contains(disabled);
        assertThat(cache.verifierClient("vc_backend")).contains(new VerifierClientState(false, 0));
    }

    @Test
    void aLoadThatRacedWithAChangeIsNotKept() {
        cache.freshness().heardEverythingUpTo(clock.instant());
        database.rows.put("hash", entry(key));
        database.duringRead =
                () -> cache.drop(ChangedEntries.parse(List.of("key:" + key.id().value())));

        cache.findKey("hash");
        database.duringRead = () -> {};
        cache.findKey("hash");

        assertThat(database.reads).as("the raced answer was read again").isEqualTo(2);
    }

    @Test
    void withoutAListenerNothingIsCached() {
        database.rows.put("hash", entry(key));

        cache.findKey("hash");
        cache.findKey("hash");

        assertThat(database.reads).isEqualTo(2);
    }

    @Test
    void aDigestTheLoadedFilterDoesNotHoldIsNotFoundWithoutALookup() {
        cache.freshness().heardEverythingUpTo(clock.instant());
        database.rows.put("hash", entry(key(KeyStatus.REVOKED)));
        KnownDigests.Load load = cache.digests().startLoad(1);
        load.add("hash");
        load.finish();

        assertThat(cache.findKey("a digest never stored")).isEmpty();
        assertThat(cache.inMemoryOnly().findKey("another digest never stored"))
                .as("answered on the event loop too")
                .isEmpty();
        assertThat(database.reads).isZero();
        assertThat(database.calls).as("no statement of any kind").isZero();
        assertThat(cache.filterRejections()).isEqualTo(2);

        assertThat(cache.findKey("hash").map(s -> s.key().status()))
                .as("a dead key the filter holds is looked up as before")
                .contains(KeyStatus.REVOKED);
        assertThat(database.reads).isEqualTo(1);
    }

    @Test
    void whileTheListenerIsSilentTheFilterIsNotUsed() {
        cache.freshness().heardEverythingUpTo(clock.instant());
        cache.digests().startLoad(0).finish();
        clock.advance(Duration.ofSeconds(30));

        assertThat(cache.findKey("a digest never stored")).isEmpty();
        assertThat(database.reads).isEqualTo(1);
        assertThat(cache.filterRejections()).isZero();
    }

    @Test
    void aKeyStoredElsewhereEntersTheFilterAndAnEmptyAnswerCachedForItsDigestIsDropped() {
        cache.freshness().heardEverythingUpTo(clock.instant());
        cache.digests().startLoad(0).finish();
        database.rows.put("hash", entry(key));
        // Not yet heard of: NOT_FOUND from the filter, no statement (the notification comes within a second).
        assertThat(cache.findKey("hash")).isEmpty();
        assertThat(database.reads).isZero();

        cache.stored(List.of("hash"));

        assertThat(cache.findKey("hash").map(KeySnapshot::key)).contains(key);
        assertThat(database.reads).isEqualTo(1);
    }

    @Test
    void anEmptyAnswerCachedBeforeTheKeyWasStoredIsDroppedWhenItIs() {
        cache.freshness().heardEverythingUpTo(clock.instant());
        assertThat(cache.findKey("hash"))
                .as("the filter is not loaded: looked up")
                .isEmpty();
        database.rows.put("hash", entry(key));
        assertThat(cache.findKey("hash")).as("the empty answer is cached").isEmpty();

        cache.stored(List.of("hash"));

        assertThat(cache.findKey("hash").map(KeySnapshot::key)).contains(key);
        assertThat(database.reads).isEqualTo(2);
    }

    private static KeySnapshotCache.Entry entry(ApiKey key) {
        return new KeySnapshotCache.Entry(
                new KeySnapshot(
                        key,
                        true,
                        true,
                        true,
                        java.util.Set.copyOf(key.scopes()),
                        key.hint().keyPrefix()),
                null);
    }

    private ApiKey key(KeyStatus status) {
        ApiKeyId id = key == null ? ApiKeyId.random() : key.id();
        return ApiKeyBuilder.aKey()
                .withId(id)
                .withAccount(new AccountId(java.util.UUID.fromString("00000000-0000-0000-0000-000000000001")))
                .withName("Checkout")
                .withCreatedBy(null)
                .createdAt(Instant.parse("2025-12-01T00:00:00Z"))
                .withStatus(status)
                .withSecretHash("hash")
                .build();
    }

    /** Rows by the looked-up value; {@code down} makes every read fail as an unreachable database would. */
    private static final class FakeDatabase extends BoundedQueries {

        final Map<Object, Object> rows = new HashMap<>();
        volatile boolean down;
        Runnable duringRead = () -> {};
        int reads;
        int calls;

        FakeDatabase() {
            super(null, SETTINGS);
        }

        @Override
        @SuppressWarnings("unchecked")
        <T> Optional<T> query(String sql, Object parameter, RowReader<T> reader) {
            reads++;
            duringRead.run();
            if (down) {
                throw new VerificationUnavailableException(new SQLException("connection refused", "08001"));
            }
            return Optional.ofNullable((T) rows.get(parameter));
        }

        /** Nothing here runs whole work units: counted, so a test can say none ran. */
        @Override
        <T> T call(Work<T> work) {
            calls++;
            return null;
        }
    }
}
