package dev.keysmith.application.access;

import static dev.keysmith.application.support.World.as;
import static dev.keysmith.domain.key.ApiKeyBuilder.payments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.in.access.ListAccountProductsUseCase.ProductWithAccess;
import dev.keysmith.application.port.in.access.ReviewAccountProductsUseCase.ReviewAccountProductsQuery;
import dev.keysmith.application.port.out.AccountNotFoundException;
import dev.keysmith.application.support.InMemoryKeys;
import dev.keysmith.application.support.World;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Role;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.shared.PermissionDeniedException;
import dev.keysmith.domain.user.User;
import org.junit.jupiter.api.Test;

class ProductAccessServiceTest {

    private final World world = new World();
    private final InMemoryKeys keys = new InMemoryKeys();
    private final ProductAccessService access = new ProductAccessService(
            keys, keys, world.store, world.gate, world.store, world.transactions, world.audit, world.clock);

    @Test
    void anOperatorReviewsEveryProductWithTheAccountsAccessButAdminsMayNot() {
        Product payments = payments();
        keys.products.put(payments.code(), payments);
        Account account = world.account(null);
        keys.saveAccess(ProductAccess.none(account.id(), payments.code()).enable(world.clock.instant()));
        User admin = world.person("482913");
        world.member(account, admin, Role.SUPERADMIN);

        assertThat(access.reviewAccountProducts(new ReviewAccountProductsQuery(as(world.operator()), account.id())))
                .extracting(p -> p.product().code(), p -> p.access().state())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(payments.code(), AccessState.ENABLED));
        assertThatThrownBy(() -> access.reviewAccountProducts(new ReviewAccountProductsQuery(as(admin), account.id())))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> access.reviewAccountProducts(
                        new ReviewAccountProductsQuery(as(world.operator()), AccountId.random())))
                .isInstanceOf(AccountNotFoundException.class);
    }

    @Test
    void aProductNeverRequestedIsShownAsNotRequested() {
        Product payments = payments();
        keys.products.put(payments.code(), payments);
        Account account = world.account(null);

        assertThat(access.reviewAccountProducts(new ReviewAccountProductsQuery(as(world.operator()), account.id())))
                .extracting(ProductWithAccess::access)
                .extracting(ProductAccess::state)
                .containsExactly(AccessState.NOT_REQUESTED);
    }
}
