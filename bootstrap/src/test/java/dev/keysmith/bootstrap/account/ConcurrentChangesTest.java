package dev.keysmith.bootstrap.account;

import static dev.keysmith.bootstrap.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyBuilder;
import dev.keysmith.domain.key.KeyHint;
import dev.keysmith.domain.product.ProductCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Races (issue 11): N parallel HTTP requests released together, several rounds. A count or limit checked before
 * a change must still hold when the changes land at once.
 */
@QuarkusTest
class ConcurrentChangesTest {

    private static final int ROUNDS = 5;

    @Inject
    DataSource dataSource;

    @Inject
    ApiKeyPort keys;

    @ConfigProperty(name = "keysmith.keys.max-per-product")
    int maxKeysPerProduct;

    /** Runs the requests on threads of their own, all released by one barrier; returns their status codes. */
    private static List<Integer> together(List<Callable<Integer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CyclicBarrier start = new CyclicBarrier(requests.size());
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> request : requests) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long superadmins(String accountId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM membership WHERE account_id = ? AND role = 'SUPERADMIN'")) {
            count.setObject(1, UUID.fromString(accountId));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String userId(String token) {
        return as(token).get("/v1/me").then().statusCode(200).extract().path("id");
    }

    /** Two SUPERADMINs of one account, about to act on each other. */
    private record Rivals(String members, Api.Person first, Api.Person second) {}

    /** Two SUPERADMINs act on each other at once, {@link #ROUNDS} times; the account always keeps one. */
    private void eachOnTheOther(Function<Rivals, List<Callable<Integer>>> moves) throws Exception {
        String operator = Api.operator();
        for (int round = 0; round < ROUNDS; round++) {
            Api.Account account = Api.account(operator, null);
            Api.Person owner = new Api.Person(userId(account.ownerToken()), account.ownerEmail(), account.ownerToken());
            Api.Person second = Api.member(account, "SUPERADMIN");

            List<Integer> statuses =
                    together(moves.apply(new Rivals("/v1/accounts/" + account.id() + "/members/", owner, second)));

            assertThat(superadmins(account.id()))
                    .as("round %d: %s", round, statuses)
                    .isEqualTo(1);
            assertThat(statuses.stream().filter(status -> status / 100 == 2))
                    .as("round %d", round)
                    .hasSize(1);
            assertThat(statuses)
                    .as("round %d: the other is refused (demoted meanwhile, or the last one)", round)
                    .allMatch(status -> status / 100 == 2 || status == 403 || status == 404 || status == 409);
        }
    }

    @Test
    void twoSuperadminsDemotingEachOtherAtOnceLeaveOne() throws Exception {
        eachOnTheOther(rivals -> List.of(
                () -> as(rivals.first().token())
                        .body(Map.of("role", "ADMIN"))
                        .patch(rivals.members() + rivals.second().userId())
                        .statusCode(),
                () -> as(rivals.second().token())
                        .body(Map.of("role", "ADMIN"))
                        .patch(rivals.members() + rivals.first().userId())
                        .statusCode()));
    }

    @Test
    void twoSuperadminsRemovingEachOtherAtOnceLeaveOne() throws Exception {
        eachOnTheOther(rivals -> List.of(
                () -> as(rivals.first().token())
                        .delete(rivals.members() + rivals.second().userId())
                        .statusCode(),
                () -> as(rivals.second().token())
                        .delete(rivals.members() + rivals.first().userId())
                        .statusCode()));
    }

    @Test
    void concurrentGenerationNeverExceedsTheKeyLimit() throws Exception {
        int parallel = 12;
        int room = 2;
        for (int round = 0; round < 3; round++) {
            KeyFixture f = KeyFixture.create();
            AccountId account = AccountId.parse(f.account().id());
            // Fill up to just below the limit without a PIN check each, then race for the last places.
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < maxKeysPerProduct - room; i++) {
                    keys.insertKey(storedKey(account, f));
                }
            });
            List<Callable<Integer>> generations = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                generations.add(
                        () -> f.generate(f.account().ownerToken(), Map.of()).statusCode());
            }

            List<Integer> statuses = together(generations);

            int live = QuarkusTransaction.requiringNew()
                    .call(() -> keys.countLiveKeys(account, new ProductCode(f.product())));
            assertThat(live).as("round %d: %s", round, statuses).isEqualTo(maxKeysPerProduct);
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(room);
            assertThat(statuses.stream().filter(s -> s == 409)).hasSize(parallel - room);
        }
    }

    @Test
    void aGenerationWaitsUntilTheOtherOneOfTheSameAccountAndProductHasCommitted() throws Exception {
        KeyFixture f = KeyFixture.create();
        AccountId account = AccountId.parse(f.account().id());
        ProductCode product = new ProductCode(f.product());
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first =
                    pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                        keys.lockProductKeys(account, product);
                        firstHoldsTheLock.countDown();
                        await(releaseFirst);
                    }));
            await(firstHoldsTheLock);
            Future<Integer> second =
                    pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                        keys.lockProductKeys(account, product);
                        return keys.countLiveKeys(account, product);
                    }));

            // The second transaction is seen waiting for the advisory lock, and goes on once the first commits.
            Instant deadline = Instant.now().plusSeconds(30);
            while (advisoryLockWaiters() == 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertThat(advisoryLockWaiters()).isEqualTo(1);
            assertThat(second.isDone()).isFalse();
            releaseFirst.countDown();
            first.get();
            assertThat(second.get()).isZero();
        } finally {
            releaseFirst.countDown();
            pool.shutdownNow();
        }
    }

    private long advisoryLockWaiters() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM pg_locks "
                        + "WHERE locktype = 'advisory' AND NOT granted AND classid::bigint = ?")) {
            count.setLong(1, 0x6b657973L);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ApiKey storedKey(AccountId account, KeyFixture f) {
        byte[] hash = new byte[32];
        ThreadLocalRandom.current().nextBytes(hash);
        return ApiKeyBuilder.aKey()
                .withAccount(account)
                .withProduct(new ProductCode(f.product()))
                .withName("Filler")
                .withCreatedBy(null)
                .createdAt(Instant.now())
                .withSecretHash(HexFormat.of().formatHex(hash))
                .withHint(new KeyHint(f.prefix() + "_live_ab12\u20269xYz"))
                .build();
    }
}
