package dev.keysmith.adapters.persistence.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.keysmith.application.port.out.VerificationUnavailableException;
import dev.keysmith.domain.key.ApiKeyBuilder;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedQueriesTest {

    private static final SnapshotSettings SETTINGS =
            new SnapshotSettings(100, Duration.ofSeconds(30), Duration.ofMillis(100));
    /** Far above the 100 ms bound: only a lookup that waits on the hung database would take this long. */
    private static final Duration HANGING = Duration.ofSeconds(10);

    private final CountDownLatch databaseResumes = new CountDownLatch(1);

    @AfterEach
    void resume() {
        databaseResumes.countDown();
    }

    @Test
    void aLookupOnAHungDatabaseGivesUpAfterTheTimeout() {
        BoundedQueries queries = new BoundedQueries(hungDatabase(), SETTINGS);

        assertTimeoutPreemptively(
                HANGING,
                () -> assertThatThrownBy(() -> queries.query("SELECT 1", 1, row -> 1))
                        .isInstanceOf(VerificationUnavailableException.class)
                        .hasFieldOrPropertyWithValue("code", "DATABASE_UNAVAILABLE"));
        assertTimeoutPreemptively(HANGING, () -> assertThat(queries.reachable()).isFalse());
    }

    @Test
    void manyLookupsOnAHungDatabaseEachGiveUpOnTheirOwn() {
        BoundedQueries queries = new BoundedQueries(hungDatabase(), SETTINGS);

        // More than there are readers: the queued ones are bounded as well.
        assertTimeoutPreemptively(HANGING, () -> {
            for (int i = 0; i < 20; i++) {
                assertThat(queries.reachable()).isFalse();
            }
        });
    }

    @Test
    void aUseNearTheInactivityDeadlineDoesNotWaitForAHungDatabaseButForTheNextFlush() {
        DataSource hung = hungDatabase();
        BoundedQueries queries = new BoundedQueries(hung, SETTINGS);
        CoalescingUsageRecorder usage = new CoalescingUsageRecorder(
                hung,
                new KeySnapshotCache(queries, java.time.Clock.systemUTC(), SETTINGS),
                queries,
                new UsageSettings(Duration.ofMinutes(1)));

        assertTimeoutPreemptively(
                HANGING, () -> usage.recordUse(ApiKeyBuilder.aKey().build(), Instant.now(), true));

        assertThat(usage.pendingCount()).as("kept for the next flush").isEqualTo(1);
    }

    @Test
    void anUnreachableDatabaseIsUnavailable() {
        DataSource refusing = dataSource(() -> {
            throw new SQLException("Connection refused", "08001");
        });
        BoundedQueries queries = new BoundedQueries(refusing, SETTINGS);

        assertThatThrownBy(() -> queries.query("SELECT 1", 1, row -> 1))
                .isInstanceOf(VerificationUnavailableException.class)
                .hasRootCauseInstanceOf(SQLException.class);
        assertThat(queries.reachable()).isFalse();
    }

    private DataSource hungDatabase() {
        return dataSource(() -> {
            databaseResumes.await();
            throw new SQLException("resumed too late", "08006");
        });
    }

    private interface ConnectionAttempt {
        Object connect() throws Exception;
    }

    private static DataSource dataSource(ConnectionAttempt attempt) {
        return (DataSource) Proxy.newProxyInstance(
                BoundedQueriesTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return attempt.connect();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
