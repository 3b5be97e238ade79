package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.DefaultProductsPort;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.Account;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DefaultProductsPort} does, stated once and run against each implementation: an account created
 * while a product is enabled by default starts with it enabled; accounts that existed get it only from enable for
 * all, which leaves an enabled access as it was. (The database is shared, so each test switches its default off
 * again.)
 */
public abstract class DefaultProductsPortContractTest {

    protected abstract PortsUnderTest ports();

    protected abstract DefaultProductsPort defaults();

    private Rows rows() {
        return new Rows(ports());
    }

    private Optional<ProductAccess> access(Account account, Product product) {
        return ports().inTransaction(() -> ports().productAccess().loadAccess(account.id(), product.code()));
    }

    private void setDefault(Product product, boolean enabled) {
        ports().inTransaction(() -> defaults().setEnabledByDefault(product.code(), enabled));
    }

    @Test
    void aProductIsEnabledByDefaultOnlyOnceSaid() {
        Product product = rows().product();

        assertThat(ports().inTransaction(() -> defaults().enabledByDefault(product.code())))
                .isFalse();
        setDefault(product, true);
        assertThat(ports().inTransaction(() -> defaults().enabledByDefault(product.code())))
                .isTrue();
        setDefault(product, false);
        assertThat(ports().inTransaction(() -> defaults().enabledByDefault(product.code())))
                .isFalse();
        assertThat(ports().inTransaction(() -> defaults().enabledByDefault(new ProductCode("no-such-product"))))
                .isFalse();
    }

    @Test
    void aNewAccountStartsWithTheProductsEnabledByDefaultAndAnOlderOneDoesNot() {
        Product onByDefault = rows().product();
        Product other = rows().product();
        Account older = rows().account();
        setDefault(onByDefault, true);
        try {
            Account newer = rows().account();

            assertThat(access(newer, onByDefault))
                    .get()
                    .extracting(ProductAccess::isEnabled)
                    .isEqualTo(true);
            assertThat(access(newer, other)).isEmpty();
            assertThat(access(older, onByDefault)).isEmpty();
        } finally {
            setDefault(onByDefault, false);
        }
        assertThat(access(rows().account(), onByDefault)).isEmpty();
    }

    @Test
    void enablingForAllReachesEveryAccountWithoutItAndLeavesAnEnabledOneAsItWas() {
        Product product = rows().product();
        Instant earlier = Rows.now().minus(Duration.ofDays(1));
        Account without = rows().account();
        Account disabled = rows().account();
        Account enabled = rows().account();
        ports().inTransaction(() -> {
            ports().productAccess()
                    .saveAccess(
                            ProductAccess.none(disabled.id(), product.code()).disable(earlier));
            ports().productAccess()
                    .saveAccess(ProductAccess.none(enabled.id(), product.code()).enable(earlier));
        });
        Instant now = Rows.now();

        int changed = ports().inTransaction(() -> defaults().enableForAll(product.code(), now));

        assertThat(changed).isGreaterThanOrEqualTo(2);
        assertThat(access(without, product)).get().satisfies(a -> {
            assertThat(a.isEnabled()).isTrue();
            assertThat(a.decidedAt()).isEqualTo(now);
        });
        assertThat(access(disabled, product)).get().satisfies(a -> {
            assertThat(a.isEnabled()).isTrue();
            assertThat(a.decidedAt()).isEqualTo(now);
        });
        assertThat(access(enabled, product))
                .get()
                .extracting(ProductAccess::decidedAt)
                .isEqualTo(earlier);
        assertThat(ports().inTransaction(() -> defaults().enableForAll(product.code(), now.plusSeconds(1))))
                .as("nothing left to enable")
                .isZero();
    }
}
