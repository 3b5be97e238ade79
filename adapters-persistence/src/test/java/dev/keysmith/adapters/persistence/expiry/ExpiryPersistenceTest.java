package dev.keysmith.adapters.persistence.expiry;

import static dev.keysmith.adapters.persistence.support.Stored.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.key.ApiKeyPersistenceAdapter;
import dev.keysmith.adapters.persistence.support.PostgresPorts;
import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.AuditLogPort;
import dev.keysmith.application.port.out.AuditLogPort.PositionedEvent;
import dev.keysmith.application.port.out.ExpirySweepPort;
import dev.keysmith.application.port.out.ExpirySweepPort.KeySlice;
import dev.keysmith.application.port.out.ExpirySweepPort.SweepCandidate;
import dev.keysmith.application.port.out.KeyChangedPort;
import dev.keysmith.application.port.out.contract.ExpirySweepPortContractTest;
import dev.keysmith.application.port.out.contract.PortsUnderTest;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.product.Product;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
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
class ExpiryPersistenceTest extends ExpirySweepPortContractTest {

    @Inject
    PostgresPorts ports;

    @Override
    protected PortsUnderTest ports() {
        return ports;
    }

    @Override
    protected void storeForSweep(ApiKey key, Product product, Account account) {
        ports.inTransaction(() -> keys.insertKey(key));
    }

    @Override
    protected Optional<ApiKey> storedKey(ApiKeyId id) {
        return ports.inTransaction(() -> keys.loadKey(id));
    }

    private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

    @Inject
    ExpirySweepPort sweeps;

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
            assertThat(payloads)
                    .hasSize(2)
                    .allSatisfy(p -> assertThat(p.length()).isLessThan(8000));
            List<String> announced = payloads.stream()
                    .flatMap(p -> List.of(p.substring("keys:".length()).split(",")).stream())
                    .toList();
            assertThat(announced)
                    .containsExactlyElementsOf(
                            changed.stream().map(ApiKeyId::toString).toList());
        }
    }

    @Test
    void eventsAppendedTogetherKeepTheirOrder() {
        Account account = stored.account();
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            events.add(new AuditEvent(
                    UUID.randomUUID(),
                    Stored.now(),
                    ActorType.SYSTEM,
                    "system",
                    AuditAction.KEY_EXPIRED,
                    "key",
                    UUID.randomUUID().toString(),
                    account.id(),
                    null,
                    Map.of("reason", "inactivity", "n", "" + i)));
        }

        QuarkusTransaction.requiringNew().run(() -> log.appendAll(events));

        assertThat(read(() -> log.loadEvents(account.id(), null, null, null, 10)))
                .extracting(PositionedEvent::event)
                .containsExactly(events.get(2), events.get(1), events.get(0));
    }

    private static boolean advisory(Connection connection, String function) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT " + function + "(" + ExpirySweepPersistenceAdapter.SWEEP_LOCK + ")")) {
            return row.next() && row.getBoolean(1);
        }
    }
}
