package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.ExpirySweepPort;
import dev.keysmith.application.port.out.ExpirySweepPort.ActivityCursor;
import dev.keysmith.application.port.out.ExpirySweepPort.KeySlice;
import dev.keysmith.application.port.out.ExpirySweepPort.SweepCandidate;
import dev.keysmith.application.port.out.ExpirySweepPort.Warned;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.Product;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ExpirySweepPort} selects and re-checks, stated once and run against each implementation.
 * Row locks, the sweep lock and change announcements are the PostgreSQL adapter's own tests.
 */
public abstract class ExpirySweepPortContractTest {

    private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

    protected abstract PortsUnderTest ports();

    /** Stores a key where the sweeper finds it, with the names of its product and account beside it. */
    protected abstract void storeForSweep(ApiKey key, Product product, Account account);

    /** The key as stored now. */
    protected abstract Optional<ApiKey> storedKey(ApiKeyId id);

    private ExpirySweepPort sweeps() {
        return ports().expirySweeps();
    }

    private Rows rows() {
        return new Rows(ports());
    }

    private ApiKey key(Account account, Product product, Instant createdAt, Instant lastUsedAt) {
        return key(ApiKeyId.random(), account, product, createdAt, lastUsedAt);
    }

    private ApiKey key(ApiKeyId id, Account account, Product product, Instant createdAt, Instant lastUsedAt) {
        ApiKey key = rows().aKeyOf(account, product)
                .withId(id)
                .withName("Sweep me")
                .createdAt(createdAt)
                .lastUsedAt(lastUsedAt)
                .build();
        storeForSweep(key, product, account);
        return key;
    }

    private static List<ApiKeyId> ids(List<SweepCandidate> found, Set<ApiKeyId> mine) {
        return found.stream().map(c -> c.key().id()).filter(mine::contains).toList();
    }

    @Test
    void dueKeysComeInActivityOrderAndAUseAfterTheCutoffKeepsAKey() {
        Account account = rows().account();
        Product product = rows().product();
        ApiKey neverUsed = key(account, product, LONG_AGO.plusSeconds(20), null);
        ApiKey usedLongAgo = key(account, product, LONG_AGO, LONG_AGO.plusSeconds(10));
        ApiKey usedLater = key(account, product, LONG_AGO, LONG_AGO.plus(Duration.ofDays(100)));
        Set<ApiKeyId> mine = Set.of(neverUsed.id(), usedLongAgo.id(), usedLater.id());
        Instant cutoff = LONG_AGO.plus(Duration.ofDays(1));
        Instant now = cutoff.plus(Duration.ofDays(90));

        List<ApiKeyId> stored = ports().inTransaction(() -> {
            List<SweepCandidate> due = sweeps().lockInactiveKeys(cutoff, KeySlice.ALL, null, 1000);
            assertThat(ids(due, mine)).containsExactly(usedLongAgo.id(), neverUsed.id());
            assertThat(due)
                    .filteredOn(c -> c.key().id().equals(neverUsed.id()))
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.productName()).isEqualTo(product.name().value());
                        assertThat(c.accountName()).isEqualTo(account.name().value());
                    });
            // The third key was used after the cutoff: even if a sweep tried, the write leaves it alone.
            return sweeps().storeExpired(List.of(usedLongAgo.expire(now), usedLater.expire(now)), cutoff);
        });

        assertThat(stored).containsExactly(usedLongAgo.id());
        assertThat(storedKey(usedLongAgo.id()).orElseThrow()).satisfies(k -> {
            assertThat(k.status()).isEqualTo(KeyStatus.EXPIRED);
            assertThat(k.secretHash()).isEqualTo(usedLongAgo.secretHash());
            assertThat(k.expiredAt()).isEqualTo(now);
            assertThat(k.version()).isEqualTo(usedLongAgo.version() + 1);
        });
        assertThat(storedKey(usedLater.id()).orElseThrow().status()).isEqualTo(KeyStatus.ACTIVE);
    }

    @Test
    void slicesSplitTheDueKeysWithoutGapOrOverlapAndAgreeWithTheirOwnTest() {
        Account account = rows().account();
        Product product = rows().product();
        Set<ApiKeyId> mine = new HashSet<>();
        // Ids at and around the slice bounds, where PostgreSQL's and Java's orders of UUIDs could disagree.
        for (String id : List.of(
                "00000000-0000-0000-0000-000000000000",
                "55555555-5555-5554-ffff-ffffffffffff",
                "55555555-5555-5555-0000-000000000000",
                "7fffffff-ffff-fffe-ffff-ffffffffffff",
                "7fffffff-ffff-ffff-0000-000000000000",
                "80000000-0000-0000-0000-000000000000",
                "aaaaaaaa-aaaa-aaaa-0000-000000000000",
                "ffffffff-ffff-ffff-ffff-ffffffffffff")) {
            UUID near = UUID.fromString(
                    id.substring(0, 24) + UUID.randomUUID().toString().substring(24));
            ApiKeyId exact = new ApiKeyId(UUID.fromString(id));
            mine.add(key(new ApiKeyId(near), account, product, LONG_AGO, null).id());
            // The exact bound ids once per store; each run adds its own neighbours with random low bits.
            if (storedKey(exact).isEmpty()) {
                mine.add(key(exact, account, product, LONG_AGO, null).id());
            }
        }
        for (int i = 0; i < 20; i++) {
            mine.add(key(account, product, LONG_AGO, null).id());
        }

        for (int count = 1; count <= 3; count++) {
            List<ApiKeyId> seen = new ArrayList<>();
            for (int index = 0; index < count; index++) {
                KeySlice slice = new KeySlice(index, count);
                List<ApiKeyId> inSlice = ports().inTransaction(
                                () -> ids(sweeps().lockInactiveKeys(LONG_AGO, slice, null, 10_000), mine));
                assertThat(inSlice)
                        .allSatisfy(id -> assertThat(slice.contains(id.value())).isTrue());
                seen.addAll(inSlice);
            }
            assertThat(seen).as("%d slices", count).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(mine);
        }
    }

    @Test
    void theCursorContinuesWhereTheLastBatchEnded() {
        Account account = rows().account();
        Product product = rows().product();
        Set<ApiKeyId> mine = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            mine.add(key(account, product, LONG_AGO.minusSeconds(i), null).id());
        }

        List<ApiKeyId> seen = new ArrayList<>();
        ActivityCursor cursor = null;
        do {
            ActivityCursor from = cursor;
            List<SweepCandidate> batch =
                    ports().inTransaction(() -> sweeps().lockInactiveKeys(LONG_AGO, KeySlice.ALL, from, 2));
            seen.addAll(ids(batch, mine));
            cursor = batch.size() < 2
                    ? null
                    : new ActivityCursor(
                            batch.get(1).key().lastUsedAt() != null
                                    ? batch.get(1).key().lastUsedAt()
                                    : batch.get(1).key().createdAt(),
                            batch.get(1).key().id());
        } while (cursor != null);

        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void aWarnedKeyIsNotOfferedAgainForTheSameActivityButIsForAShorterLead() {
        ApiKey key = key(rows().account(), rows().product(), LONG_AGO, null);
        Set<ApiKeyId> mine = Set.of(key.id());
        Instant after = LONG_AGO.minusSeconds(1);
        Instant upTo = LONG_AGO.plusSeconds(1);

        ports().inTransaction(() -> {
            assertThat(ids(sweeps().lockKeysToWarn(after, upTo, Duration.ofDays(7), null, 1000), mine))
                    .hasSize(1);
            assertThat(sweeps().storeWarned(List.of(new Warned(key.id(), LONG_AGO, Duration.ofDays(7)))))
                    .containsExactly(key.id());
        });
        ports().inTransaction(() -> {
            assertThat(ids(sweeps().lockKeysToWarn(after, upTo, Duration.ofDays(7), null, 1000), mine))
                    .isEmpty();
            assertThat(ids(sweeps().lockKeysToWarn(after, upTo, Duration.ofDays(15), null, 1000), mine))
                    .isEmpty();
            List<SweepCandidate> again = sweeps().lockKeysToWarn(after, upTo, Duration.ofDays(1), null, 1000);
            assertThat(ids(again, mine)).hasSize(1);
            assertThat(again)
                    .filteredOn(c -> c.key().id().equals(key.id()))
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.warnedActivity()).isEqualTo(LONG_AGO);
                        assertThat(c.warnedLead()).isEqualTo(Duration.ofDays(7));
                    });
            // A warning for an activity the key no longer has is not stored.
            assertThat(sweeps().storeWarned(
                                    List.of(new Warned(key.id(), LONG_AGO.minusSeconds(5), Duration.ofDays(1)))))
                    .isEmpty();
        });
    }

    @Test
    void keysPastTheirExpiryOrGraceAreSettledOnceInIdOrder() {
        Account account = rows().account();
        Product product = rows().product();
        Instant now = Rows.now();
        // A key has at most one predecessor.
        ApiKey successor = key(account, product, now, null);
        ApiKey otherSuccessor = key(account, product, now, null);
        ApiKey graceOver = rows().aKeyOf(account, product)
                .replacedBy(successor.id(), now.minusSeconds(1))
                .build();
        ApiKey graceLeft = rows().aKeyOf(account, product)
                .replacedBy(otherSuccessor.id(), now.plusSeconds(60))
                .build();
        ApiKey pastExpiry = rows().aKeyOf(account, product)
                .withExpiresAt(now.minusSeconds(1))
                .build();
        ApiKey beforeExpiry = rows().aKeyOf(account, product)
                .withExpiresAt(now.plusSeconds(60))
                .build();
        for (ApiKey key : List.of(graceOver, graceLeft, pastExpiry, beforeExpiry)) {
            storeForSweep(key, product, account);
        }
        Set<ApiKeyId> mine = Set.of(
                successor.id(),
                otherSuccessor.id(),
                graceOver.id(),
                graceLeft.id(),
                pastExpiry.id(),
                beforeExpiry.id());

        List<ApiKeyId> settled = ports().inTransaction(() -> {
            List<SweepCandidate> due = sweeps().lockKeysToSettle(now, null, 1000);
            assertThat(ids(due, mine))
                    .containsExactlyElementsOf(List.of(graceOver.id(), pastExpiry.id()).stream()
                            .sorted((a, b) ->
                                    a.value().toString().compareTo(b.value().toString()))
                            .toList());
            return sweeps().storeSettled(due.stream()
                    .filter(c -> mine.contains(c.key().id()))
                    .map(c -> c.key().settle(now))
                    .toList());
        });

        assertThat(settled).containsExactlyInAnyOrder(graceOver.id(), pastExpiry.id());
        assertThat(storedKey(graceOver.id()).orElseThrow().status()).isEqualTo(KeyStatus.REVOKED);
        assertThat(storedKey(pastExpiry.id()).orElseThrow().status()).isEqualTo(KeyStatus.EXPIRED);
        assertThat(storedKey(pastExpiry.id()).orElseThrow().version()).isEqualTo(pastExpiry.version() + 1);
        assertThat(ports().inTransaction(() -> ids(sweeps().lockKeysToSettle(now, null, 1000), mine)))
                .isEmpty();
        // A key settled meanwhile (here: already dead) is not stored again.
        assertThat(ports().inTransaction(() -> sweeps().storeSettled(List.of(pastExpiry.settle(now)))))
                .isEmpty();
    }
}
