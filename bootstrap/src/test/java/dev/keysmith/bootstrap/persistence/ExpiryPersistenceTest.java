package dev.keysmith.bootstrap.persistence;

import static dev.keysmith.bootstrap.persistence.Stored.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.expiry.ExpirySweepPersistenceAdapter;
import dev.keysmith.adapters.persistence.key.ApiKeyPersistenceAdapter;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.application.port.out.AuditLogPort.PositionedEvent;
import dev.keysmith.application.port.out.ExpirySweepPort;
import dev.keysmith.application.port.out.ExpirySweepPort.KeySlice;
import dev.keysmith.application.port.out.ExpirySweepPort.SweepCandidate;
import dev.keysmith.application.port.out.ExpirySweepPort.Warned;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.WarningEmailDraftPort;
import dev.keysmith.application.port.out.WarningEmailDraftPort.Draft;
import dev.keysmith.application.port.out.WarningEmailDraftPort.DraftLines;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The sweeper's SQL against PostgreSQL. Keys here were last active in 2001, long before any other test's
 * keys, and every answer is narrowed to this test's own keys, since the database is shared.
 */
@QuarkusTest
class ExpiryPersistenceTest {

    private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

    @Inject
    ExpirySweepPort sweeps;

    @Inject
    WarningEmailDraftPort drafts;

    @Inject
    ApiKeyPort keys;

    @Inject
    KeyChangedPort changes;

    @Inject
    AuditLogPort log;

    @Inject
    Stored stored;

    private ApiKey key(Account account, Product product, Instant createdAt, Instant lastUsedAt) {
        return key(ApiKeyId.random(), account, product, createdAt, lastUsedAt);
    }

    private ApiKey key(ApiKeyId id, Account account, Product product, Instant createdAt, Instant lastUsedAt) {
        return stored.key(id, account, product, "Sweep me", createdAt, lastUsedAt);
    }

    private static List<ApiKeyId> ids(List<SweepCandidate> found, Set<ApiKeyId> mine) {
        return found.stream().map(c -> c.key().id()).filter(mine::contains).toList();
    }

    @Test
    void dueKeysComeInActivityOrderAndAUseAfterTheCutoffKeepsAKey() {
        Account account = stored.account();
        Product product = stored.product();
        ApiKey neverUsed = key(account, product, LONG_AGO.plusSeconds(20), null);
        ApiKey usedLongAgo = key(account, product, LONG_AGO, LONG_AGO.plusSeconds(10));
        ApiKey usedLater = key(account, product, LONG_AGO, LONG_AGO.plus(Duration.ofDays(100)));
        Set<ApiKeyId> mine = Set.of(neverUsed.id(), usedLongAgo.id(), usedLater.id());
        Instant cutoff = LONG_AGO.plus(Duration.ofDays(1));
        Instant now = cutoff.plus(Duration.ofDays(90));

        List<ApiKeyId> stored = QuarkusTransaction.requiringNew().call(() -> {
            List<SweepCandidate> due = sweeps.lockInactiveKeys(cutoff, KeySlice.ALL, null, 1000);
            assertThat(ids(due, mine)).containsExactly(usedLongAgo.id(), neverUsed.id());
            assertThat(due).filteredOn(c -> c.key().id().equals(neverUsed.id())).singleElement()
                    .satisfies(c -> assertThat(c.productName()).isEqualTo(product.name().value()));
            // The third key was used after the cutoff: even if a sweep tried, the write leaves it alone.
            return sweeps.storeExpired(List.of(usedLongAgo.expire(now), usedLater.expire(now)), cutoff);
        });

        assertThat(stored).containsExactly(usedLongAgo.id());
        assertThat(read(() -> keys.loadKey(usedLongAgo.id())).orElseThrow())
                .satisfies(k -> {
                    assertThat(k.status()).isEqualTo(KeyStatus.EXPIRED);
                    assertThat(k.secretHash()).isEqualTo(usedLongAgo.secretHash());
                    assertThat(k.expiredAt()).isEqualTo(now);
                    assertThat(k.version()).isEqualTo(1);
                });
        assertThat(read(() -> keys.loadKey(usedLater.id())).orElseThrow().status()).isEqualTo(KeyStatus.ACTIVE);
    }

    @Test
    void slicesSplitTheDueKeysWithoutGapOrOverlapAndAgreeWithTheirOwnTest() {
        Account account = stored.account();
        Product product = stored.product();
        Set<ApiKeyId> mine = new HashSet<>();
        // Ids at and around the slice bounds, where PostgreSQL's and Java's orders of UUIDs could disagree.
        for (String id : List.of("00000000-0000-0000-0000-000000000000", "55555555-5555-5554-ffff-ffffffffffff",
                "55555555-5555-5555-0000-000000000000", "7fffffff-ffff-fffe-ffff-ffffffffffff",
                "7fffffff-ffff-ffff-0000-000000000000", "80000000-0000-0000-0000-000000000000",
                "aaaaaaaa-aaaa-aaaa-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff")) {
            UUID uuid = UUID.fromString(id.substring(0, 24) + UUID.randomUUID().toString().substring(24));
            UUID exact = UUID.fromString(id);
            // The exact bound ids once per database; each run adds its own neighbours with random low bits.
            mine.add(key(new ApiKeyId(uuid), account, product, LONG_AGO, null).id());
            if (read(() -> keys.loadKey(new ApiKeyId(exact))).isEmpty()) {
                mine.add(key(new ApiKeyId(exact), account, product, LONG_AGO, null).id());
            }
        }
        for (int i = 0; i < 20; i++) {
            mine.add(key(account, product, LONG_AGO, null).id());
        }

        for (int count = 1; count <= 3; count++) {
            List<ApiKeyId> seen = new ArrayList<>();
            for (int index = 0; index < count; index++) {
                KeySlice slice = new KeySlice(index, count);
                List<ApiKeyId> inSlice = QuarkusTransaction.requiringNew()
                        .call(() -> ids(sweeps.lockInactiveKeys(LONG_AGO, slice, null, 10_000), mine));
                assertThat(inSlice).allSatisfy(id -> assertThat(slice.contains(id.value())).isTrue());
                seen.addAll(inSlice);
            }
            assertThat(seen).as("%d slices", count).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(mine);
        }
    }

    @Test
    void theCursorContinuesWhereTheLastBatchEnded() {
        Account account = stored.account();
        Product product = stored.product();
        Set<ApiKeyId> mine = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            mine.add(key(account, product, LONG_AGO.minusSeconds(i), null).id());
        }
        Instant cutoff = LONG_AGO;

        List<ApiKeyId> seen = new ArrayList<>();
        ExpirySweepPort.ActivityCursor cursor = null;
        do {
            ExpirySweepPort.ActivityCursor from = cursor;
            List<SweepCandidate> batch = QuarkusTransaction.requiringNew()
                    .call(() -> sweeps.lockInactiveKeys(cutoff, KeySlice.ALL, from, 2));
            seen.addAll(ids(batch, mine));
            cursor = batch.size() < 2 ? null : new ExpirySweepPort.ActivityCursor(
                    batch.get(1).key().lastUsedAt() != null ? batch.get(1).key().lastUsedAt()
                            : batch.get(1).key().createdAt(), batch.get(1).key().id());
        } while (cursor != null);

        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void aWarnedKeyIsNotOfferedAgainForTheSameActivityButIsAfterAUse() {
        Account account = stored.account();
        Product product = stored.product();
        ApiKey key = key(account, product, LONG_AGO, null);
        Set<ApiKeyId> mine = Set.of(key.id());
        Instant after = LONG_AGO.minusSeconds(1);
        Instant upTo = LONG_AGO.plusSeconds(1);

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(ids(sweeps.lockKeysToWarn(after, upTo, Duration.ofDays(7), null, 1000), mine)).hasSize(1);
            assertThat(sweeps.storeWarned(List.of(new Warned(key.id(), LONG_AGO, Duration.ofDays(7)))))
                    .containsExactly(key.id());
        });
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(ids(sweeps.lockKeysToWarn(after, upTo, Duration.ofDays(7), null, 1000), mine)).isEmpty();
            assertThat(ids(sweeps.lockKeysToWarn(after, upTo, Duration.ofDays(15), null, 1000), mine)).isEmpty();
            assertThat(ids(sweeps.lockKeysToWarn(after, upTo, Duration.ofDays(1), null, 1000), mine)).hasSize(1);
            // A warning for an activity the key no longer has is not stored.
            assertThat(sweeps.storeWarned(List.of(new Warned(key.id(), LONG_AGO.minusSeconds(5), Duration.ofDays(1)))))
                    .isEmpty();
        });
    }

    @Test
    void aKeyLockedBySomeoneElseIsSkippedNotWaitedFor() throws SQLException {
        Account account = stored.account();
        Product product = stored.product();
        ApiKey busy = key(account, product, LONG_AGO, null);
        ApiKey free = key(account, product, LONG_AGO, null);
        Set<ApiKeyId> mine = Set.of(busy.id(), free.id());

        try (Connection other = stored.separateConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.execute("SELECT 1 FROM api_key WHERE id = '" + busy.id() + "' FOR UPDATE");
            }
            List<ApiKeyId> found = QuarkusTransaction.requiringNew()
                    .call(() -> ids(sweeps.lockInactiveKeys(LONG_AGO, KeySlice.ALL, null, 1000), mine));
            other.rollback();

            assertThat(found).containsExactly(free.id());
        }
    }

    @Test
    void theSweepLockIsOneForAllInstancesAndFreedByUnlock() throws SQLException {
        assertThat(sweeps.tryLock()).isTrue();
        try (Connection otherInstance = stored.separateConnection()) {
            assertThat(sweeps.tryLock()).isFalse();
            assertThat(advisory(otherInstance, "pg_try_advisory_lock")).isFalse();
            sweeps.unlock();
            assertThat(advisory(otherInstance, "pg_try_advisory_lock")).isTrue();
            assertThat(sweeps.tryLock()).isFalse();
            assertThat(advisory(otherInstance, "pg_advisory_unlock")).isTrue();
        } finally {
            sweeps.unlock();
        }
        assertThat(sweeps.tryLock()).isTrue();
        sweeps.unlock();
    }

    @Test
    void manyChangedKeysAreAnnouncedInFewNotifications() throws SQLException {
        List<ApiKeyId> changed = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            changed.add(ApiKeyId.random());
        }
        try (Connection listener = stored.separateConnection()) {
            try (Statement statement = listener.createStatement()) {
                statement.execute("LISTEN " + ApiKeyPersistenceAdapter.CHANNEL);
            }
            QuarkusTransaction.requiringNew().run(() -> changes.keysChanged(changed));

            List<String> payloads = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 5_000;
            while (payloads.size() < 2 && System.currentTimeMillis() < deadline) {
                PGNotification[] received = listener.unwrap(PGConnection.class).getNotifications(500);
                for (PGNotification notification : received == null ? new PGNotification[0] : received) {
                    if (notification.getParameter().startsWith("keys:")) {
                        payloads.add(notification.getParameter());
                    }
                }
            }
            assertThat(payloads).hasSize(2).allSatisfy(p -> assertThat(p.length()).isLessThan(8000));
            List<String> announced = payloads.stream()
                    .flatMap(p -> List.of(p.substring("keys:".length()).split(",")).stream()).toList();
            assertThat(announced).containsExactlyElementsOf(changed.stream().map(ApiKeyId::toString).toList());
        }
    }

    @Test
    void anAccountsDraftCollectsLinesUpToTheCapForItsAdminsOnlyAndIsGoneOnceTaken() {
        Account account = stored.account();
        User owner = stored.user();
        User admin = stored.user();
        User member = stored.user();
        stored.member(account, owner, Role.SUPERADMIN);
        stored.member(account, admin, Role.ADMIN);
        stored.member(account, member, Role.MEMBER);
        UUID sweep = UUID.randomUUID();

        Account otherAccount = stored.account();
        QuarkusTransaction.requiringNew().run(() -> drafts.appendToDrafts(sweep, List.of(
                new DraftLines(account.id(), "Subject", List.of("one", "two")),
                new DraftLines(otherAccount.id(), "Other", List.of("elsewhere"))), 3));
        QuarkusTransaction.requiringNew().run(() -> drafts.appendToDrafts(sweep, List.of(
                new DraftLines(account.id(), "Subject", List.of("three", "four"))), 3));

        List<Draft> sent = new ArrayList<>();
        while (true) {
            Optional<Draft> next = QuarkusTransaction.requiringNew().call(() -> drafts.lockNextDraft()
                    .map(email -> {
                        drafts.deleteDraft(email.id());
                        return email;
                    }));
            if (next.isEmpty()) {
                break;
            }
            sent.add(next.get());
        }
        assertThat(sent).filteredOn(e -> e.account().equals(account.id())).singleElement().satisfies(email -> {
            assertThat(email.lines()).containsExactly("one", "two", "three");
            assertThat(email.lineCount()).isEqualTo(4);
            assertThat(email.subject()).isEqualTo("Subject");
            assertThat(email.recipients()).containsExactlyInAnyOrder(owner.email().value(), admin.email().value());
        });
        assertThat(sent).filteredOn(e -> e.account().equals(otherAccount.id())).singleElement().satisfies(email -> {
            assertThat(email.lines()).containsExactly("elsewhere");
            assertThat(email.recipients()).isEmpty();
        });
    }

    @Test
    void eventsAppendedTogetherKeepTheirOrder() {
        Account account = stored.account();
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            events.add(new AuditEvent(UUID.randomUUID(), Stored.now(), ActorType.SYSTEM, "system",
                    AuditAction.KEY_EXPIRED, "key", UUID.randomUUID().toString(), account.id(), null,
                    Map.of("reason", "inactivity", "n", "" + i)));
        }

        QuarkusTransaction.requiringNew().run(() -> log.appendAll(events));

        assertThat(read(() -> log.loadEvents(account.id(), null, null, null, 10)))
                .extracting(PositionedEvent::event).containsExactly(events.get(2), events.get(1), events.get(0));
    }

    private static boolean advisory(Connection connection, String function) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT " + function + "(" + ExpirySweepPersistenceAdapter.SWEEP_LOCK + ")")) {
            return row.next() && row.getBoolean(1);
        }
    }
}
