package dev.keysmith.adapters.persistence.access;

import static dev.keysmith.adapters.persistence.support.Stored.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.adapters.persistence.support.Stored;
import dev.keysmith.application.port.out.ProductAccessPort;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.user.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProductAccessPersistenceTest {

    @Inject
    ProductAccessPort accesses;

    @Inject
    Stored stored;

    @Test
    void aRequestRoundTripsAndItsApprovalReplacesIt() {
        Account account = stored.account();
        Product product = stored.product();
        User superadmin = stored.user();
        Instant now = Stored.now();
        ProductAccess requested = ProductAccess.none(account.id(), product.code())
                .request(LocalDate.of(2031, 2, 28), "Nightly payouts to our partners", superadmin.id(), now);

        save(requested);
        assertThat(read(() -> accesses.loadAccess(account.id(), product.code()))).contains(requested);
        assertThat(read(() -> accesses.loadAccessByRequest(requested.requestId()))).contains(requested);

        ProductAccess approved = requested.approve(now.plus(Duration.ofHours(2)));
        save(approved);
        ProductAccess loaded = read(() -> accesses.loadAccess(account.id(), product.code())).orElseThrow();
        assertThat(loaded).isEqualTo(approved);
        assertThat(loaded.state()).isEqualTo(AccessState.ENABLED);
        assertThat(loaded.requestId()).isEqualTo(requested.requestId());
        assertThat(loaded.intendedStartDate()).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(loaded.requestedBy()).isEqualTo(superadmin.id());
        assertThat(loaded.decidedAt()).isEqualTo(now.plus(Duration.ofHours(2)));
        assertThat(read(() -> accesses.loadAccesses(account.id()))).containsExactly(approved);
    }

    @Test
    void accessSetDirectlyHasNoRequestFields() {
        Account account = stored.account();
        Product first = stored.product();
        Product second = stored.product();
        ProductAccess enabled = ProductAccess.none(account.id(), first.code()).enable(Stored.now());
        ProductAccess disabled = ProductAccess.none(account.id(), second.code()).disable(Stored.now());

        save(enabled);
        save(disabled);

        assertThat(read(() -> accesses.loadAccesses(account.id()))).containsExactlyInAnyOrder(enabled, disabled);
        assertThat(read(() -> accesses.loadAccess(account.id(), first.code()).orElseThrow().requestId())).isNull();
        assertThat(read(() -> accesses.loadAccess(stored.account().id(), first.code()))).isEmpty();
        assertThat(read(() -> accesses.loadAccessByRequest(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void requestsAreListedOldestFirstAndFilteredByState() {
        Product product = stored.product();
        Instant now = Stored.now();
        ProductAccess pending = requested(stored.account(), product, now.minus(Duration.ofHours(3)));
        ProductAccess approved = requested(stored.account(), product, now.minus(Duration.ofHours(2)))
                .approve(now);
        ProductAccess denied = requested(stored.account(), product, now.minus(Duration.ofHours(1))).deny(now);
        ProductAccess enabledWithoutRequest = ProductAccess.none(stored.account().id(), product.code()).enable(now);
        List.of(pending, approved, denied, enabledWithoutRequest).forEach(this::save);
        Set<AccountId> ours = Set.of(pending.accountId(), approved.accountId(), denied.accountId(),
                enabledWithoutRequest.accountId());

        assertThat(ours(accesses.loadRequests(null), ours)).containsExactly(pending, approved, denied);
        assertThat(ours(accesses.loadRequests(AccessState.REQUESTED), ours)).containsExactly(pending);
        assertThat(ours(accesses.loadRequests(AccessState.ENABLED), ours)).containsExactly(approved);
        assertThat(ours(accesses.loadRequests(AccessState.DENIED), ours)).containsExactly(denied);
        assertThat(ours(accesses.loadRequests(AccessState.DISABLED), ours)).isEmpty();
        assertThat(read(() -> accesses.loadRequests(null))).allSatisfy(a -> assertThat(a.requestId()).isNotNull());
    }

    private ProductAccess requested(Account account, Product product, Instant at) {
        ProductAccess access = ProductAccess.none(account.id(), product.code())
                .request(LocalDate.of(2030, 1, 1), "Use case of " + account.name(), null, at);
        save(access);
        return access;
    }

    private void save(ProductAccess access) {
        QuarkusTransaction.requiringNew().run(() -> accesses.saveAccess(access));
    }

    /** Other test classes share the database; only this test's accounts count. */
    private static List<ProductAccess> ours(List<ProductAccess> found, Set<AccountId> ours) {
        return found.stream().filter(a -> ours.contains(a.accountId())).toList();
    }
}
