package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.out.ApiKeyPort;
import dev.keysmith.application.port.out.ConcurrentKeyChangeException;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeyPort} does, stated once and run against each implementation. */
public abstract class ApiKeyPortContractTest {

    /** Keys page in uuid order, which PostgreSQL keeps byte by byte: the order of their lower-case text. */
    private static final Comparator<ApiKey> BY_ID =
            Comparator.comparing(k -> k.id().value().toString());

    protected abstract PortsUnderTest ports();

    private ApiKeyPort keys() {
        return ports().keys();
    }

    private Rows rows() {
        return new Rows(ports());
    }

    @Test
    void everyFieldOfAKeySurvivesTheRoundTrip() {
        Account account = rows().account();
        Product product = rows().product();
        User creator = rows().user();
        Instant now = Rows.now();
        ApiKey key = rows().insert(rows().aKeyOf(account, product)
                .withName("Zapier")
                .withCreatedBy(creator.id())
                .withIpAllowlist("203.0.113.0/24", "2001:db8::1")
                .withExpiresAt(now.plus(Duration.ofDays(30)))
                .createdAt(now.minus(Duration.ofDays(2)))
                .lastUsedAt(now.minus(Duration.ofHours(1)))
                .build());

        assertThat(ports().inTransaction(() -> keys().loadKey(key.id()))).contains(key);
        assertThat(ports().inTransaction(() -> keys().lockKey(key.id()))).contains(key);
        assertThat(ports().inTransaction(() -> keys().loadKey(ApiKeyId.random())))
                .isEmpty();
        assertThat(ports().inTransaction(() -> keys().lockKey(ApiKeyId.random())))
                .isEmpty();
    }

    @Test
    void aStoredTombstoneKeepsItsHashAndMomentOfDeath() {
        ApiKey revoked = rows().insert(rows().aKeyOf(rows().account(), rows().product())
                .withStatus(KeyStatus.REVOKED)
                .build());

        ApiKey loaded =
                ports().inTransaction(() -> keys().loadKey(revoked.id())).orElseThrow();

        assertThat(loaded).isEqualTo(revoked);
        assertThat(loaded.secretHash()).isEqualTo(revoked.secretHash());
        assertThat(loaded.revokedAt()).isEqualTo(revoked.revokedAt());
    }

    @Test
    void theKeysOfAnAccountAreListedInIdOrderFilteredAndPaged() {
        Account account = rows().account();
        Product payments = rows().product();
        Product sms = rows().product();
        List<ApiKey> ours = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            KeyStatus status = i % 3 == 1 ? KeyStatus.DISABLED : KeyStatus.ACTIVE;
            ours.add(rows().insert(rows().aKeyOf(account, i < 4 ? payments : sms)
                    .withId(idWithTopBit(i % 2 == 0))
                    .withStatus(status)
                    .build()));
        }
        rows().insert(rows().aKeyOf(rows().account(), payments).build());
        List<ApiKey> inOrder = ours.stream().sorted(BY_ID).toList();

        assertThat(load(account, null, null, null, 100)).containsExactlyElementsOf(inOrder);
        assertThat(load(account, payments, null, null, 100))
                .containsExactlyElementsOf(inOrder.stream()
                        .filter(k -> k.product().equals(payments.code()))
                        .toList());
        assertThat(load(account, null, KeyStatus.DISABLED, null, 100))
                .containsExactlyElementsOf(inOrder.stream()
                        .filter(k -> k.status() == KeyStatus.DISABLED)
                        .toList());
        assertThat(load(account, sms, KeyStatus.ACTIVE, null, 100))
                .containsExactlyElementsOf(inOrder.stream()
                        .filter(k -> k.product().equals(sms.code()) && k.status() == KeyStatus.ACTIVE)
                        .toList());
        assertThat(load(account, null, null, null, 4)).containsExactlyElementsOf(inOrder.subList(0, 4));
        assertThat(load(account, null, null, inOrder.get(3).id(), 4)).containsExactlyElementsOf(inOrder.subList(4, 6));
    }

    @Test
    void onlyActiveAndDisabledKeysCountTowardTheLimit() {
        Account account = rows().account();
        Product product = rows().product();
        rows().insert(rows().aKeyOf(account, product).build());
        rows().insert(rows().aKeyOf(account, product)
                .withStatus(KeyStatus.DISABLED)
                .build());
        rows().insert(rows().aKeyOf(account, product)
                .withStatus(KeyStatus.REVOKED)
                .build());
        rows().insert(rows().aKeyOf(account, product)
                .withStatus(KeyStatus.EXPIRED)
                .build());
        rows().insert(rows().aKeyOf(account, rows().product()).build());

        assertThat(ports().inTransaction(() -> {
                    keys().lockProductKeys(account.id(), product.code());
                    return keys().countLiveKeys(account.id(), product.code());
                }))
                .isEqualTo(2);
        assertThat(ports().inTransaction(
                                () -> keys().countLiveKeys(rows().account().id(), product.code())))
                .isZero();
    }

    @Test
    void anUpdateBumpsTheVersionAndAStaleOneIsRefused() {
        ApiKey key =
                rows().insert(rows().aKeyOf(rows().account(), rows().product()).build());
        ApiKey disabled = key.disable(Rows.now());

        ports().inTransaction(() -> keys().updateKey(disabled));

        ApiKey stored = ports().inTransaction(() -> keys().loadKey(key.id())).orElseThrow();
        assertThat(stored.status()).isEqualTo(KeyStatus.DISABLED);
        assertThat(stored.version()).isEqualTo(key.version() + 1);
        ApiKey staleChange = key.revoke(Rows.now());
        assertThatThrownBy(() -> ports().inTransaction(() -> keys().updateKey(staleChange)))
                .isInstanceOf(ConcurrentKeyChangeException.class);
        assertThat(ports().inTransaction(() -> keys().loadKey(key.id()))).contains(stored);
        ApiKey enabled = stored.enable(Rows.now());
        ports().inTransaction(() -> keys().updateKey(enabled));
        assertThat(ports().inTransaction(() -> keys().loadKey(key.id()))
                        .orElseThrow()
                        .version())
                .isEqualTo(key.version() + 2);
    }

    private List<ApiKey> load(Account account, Product product, KeyStatus status, ApiKeyId after, int limit) {
        return ports().inTransaction(() ->
                keys().loadKeys(account.id(), product == null ? null : product.code(), status, after, limit));
    }

    /** Random, with the first bit set or clear: a signed comparison of uuids would put the two halves apart. */
    private static ApiKeyId idWithTopBit(boolean set) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = set ? random.nextLong() | Long.MIN_VALUE : random.nextLong() & Long.MAX_VALUE;
        return new ApiKeyId(new UUID(high, random.nextLong()));
    }
}
