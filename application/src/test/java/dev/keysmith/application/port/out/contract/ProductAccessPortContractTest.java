package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.ProductAccessPort;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ProductAccessPort} does, stated once and run against each implementation. */
public abstract class ProductAccessPortContractTest {

    protected abstract PortsUnderTest ports();

    private ProductAccessPort accesses() {
        return ports().productAccess();
    }

    private Rows rows() {
        return new Rows(ports());
    }

    @Test
    void aRequestRoundTripsAndItsApprovalReplacesIt() {
        Account account = rows().account();
        Product product = rows().product();
        User superadmin = rows().user();
        Instant now = Rows.now();
        ProductAccess requested = ProductAccess.none(account.id(), product.code())
                .request(LocalDate.of(2031, 2, 28), "Nightly payouts to our partners", superadmin.id(), now);

        save(requested);
        assertThat(ports().inTransaction(() -> accesses().loadAccess(account.id(), product.code())))
                .contains(requested);
        assertThat(ports().inTransaction(() -> accesses().loadAccessByRequest(requested.requestId())))
                .contains(requested);

        ProductAccess approved = requested.approve(now.plus(Duration.ofHours(2)));
        save(approved);
        ProductAccess loaded = ports().inTransaction(() -> accesses().loadAccess(account.id(), product.code()))
                .orElseThrow();
        assertThat(loaded).isEqualTo(approved);
        assertThat(loaded.state()).isEqualTo(AccessState.ENABLED);
        assertThat(loaded.requestId()).isEqualTo(requested.requestId());
        assertThat(ports().inTransaction(() -> accesses().loadAccesses(account.id())))
                .containsExactly(approved);
    }

    @Test
    void accessSetDirectlyHasNoRequestFields() {
        Account account = rows().account();
        Product first = rows().product();
        Product second = rows().product();
        ProductAccess enabled = ProductAccess.none(account.id(), first.code()).enable(Rows.now());
        ProductAccess disabled = ProductAccess.none(account.id(), second.code()).disable(Rows.now());

        save(enabled);
        save(disabled);

        assertThat(ports().inTransaction(() -> accesses().loadAccesses(account.id())))
                .containsExactlyInAnyOrder(enabled, disabled);
        assertThat(ports().inTransaction(() -> accesses().loadAccess(account.id(), first.code()))
                        .orElseThrow()
                        .requestId())
                .isNull();
        Account other = rows().account();
        assertThat(ports().inTransaction(() -> accesses().loadAccess(other.id(), first.code())))
                .isEmpty();
        assertThat(ports().inTransaction(() -> accesses().loadAccessByRequest(UUID.randomUUID())))
                .isEmpty();
    }

    @Test
    void requestsAreListedOldestFirstAndFilteredByState() {
        Product product = rows().product();
        Instant now = Rows.now();
        ProductAccess pending = requested(rows().account(), product, now.minus(Duration.ofHours(3)));
        ProductAccess approved = requested(rows().account(), product, now.minus(Duration.ofHours(2)))
                .approve(now);
        ProductAccess denied = requested(rows().account(), product, now.minus(Duration.ofHours(1)))
                .deny(now);
        ProductAccess enabledWithoutRequest =
                ProductAccess.none(rows().account().id(), product.code()).enable(now);
        List.of(pending, approved, denied, enabledWithoutRequest).forEach(this::save);
        Set<AccountId> ours = Set.of(
                pending.accountId(), approved.accountId(), denied.accountId(), enabledWithoutRequest.accountId());

        assertThat(ours(null, ours)).containsExactly(pending, approved, denied);
        assertThat(ours(AccessState.REQUESTED, ours)).containsExactly(pending);
        assertThat(ours(AccessState.ENABLED, ours)).containsExactly(approved);
        assertThat(ours(AccessState.DENIED, ours)).containsExactly(denied);
        assertThat(ours(AccessState.DISABLED, ours)).isEmpty();
        assertThat(ports().inTransaction(() -> accesses().loadRequests(null)))
                .allSatisfy(a -> assertThat(a.requestId()).isNotNull());
    }

    private ProductAccess requested(Account account, Product product, Instant at) {
        ProductAccess access = ProductAccess.none(account.id(), product.code())
                .request(LocalDate.of(2030, 1, 1), "Use case of " + account.name(), null, at);
        save(access);
        return access;
    }

    private void save(ProductAccess access) {
        ports().inTransaction(() -> accesses().saveAccess(access));
    }

    /** Other test classes share the database; only this test's accounts count. */
    private List<ProductAccess> ours(AccessState state, Set<AccountId> ours) {
        return ports().inTransaction(() -> accesses().loadRequests(state)).stream()
                .filter(a -> ours.contains(a.accountId()))
                .toList();
    }
}
