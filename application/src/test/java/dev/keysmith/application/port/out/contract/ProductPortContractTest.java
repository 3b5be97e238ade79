package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.ProductAlreadyExistsException;
import dev.keysmith.application.port.out.ProductNotFoundException;
import dev.keysmith.application.port.out.SaveProductPort;
import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import dev.keysmith.domain.product.Scope;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link LoadProductPort} and {@link SaveProductPort} do, stated once and run against each. */
public abstract class ProductPortContractTest {

    protected abstract PortsUnderTest ports();

    private LoadProductPort load() {
        return ports().loadProducts();
    }

    private SaveProductPort save() {
        return ports().saveProducts();
    }

    private Rows rows() {
        return new Rows(ports());
    }

    @Test
    void aProductRoundTripsWithItsScopesAndDefaults() {
        Product product = rows().product();

        assertThat(ports().inTransaction(() -> load().loadProduct(product.code())))
                .contains(product);
        assertThat(ports().inTransaction(() -> load().loadProduct(new ProductCode("never-defined"))))
                .isEmpty();
    }

    @Test
    void anUpdateStoresTheNewNameAndScopes() {
        Product product = rows().product();
        Product changed = product.change(
                new ProductName("Renamed"),
                List.of(new Scope("read"), new Scope("write")),
                List.of(new Scope("write")));

        ports().inTransaction(() -> save().updateProduct(changed));

        assertThat(ports().inTransaction(() -> load().loadProduct(product.code())))
                .contains(changed);
    }

    @Test
    void updatingAProductNobodyDefinedIsRefused() {
        Product unknown = Product.define(
                new ProductCode("never-defined"),
                new ProductName("Nobody's"),
                new KeyPrefix("nobody"),
                List.of(new Scope("read")),
                List.of());

        assertThatThrownBy(() -> ports().inTransaction(() -> save().updateProduct(unknown)))
                .isInstanceOf(ProductNotFoundException.class);
    }

    @Test
    void theCatalogueIsListedByCode() {
        List<Product> ours = List.of(rows().product(), rows().product(), rows().product());

        List<Product> all = ports().inTransaction(() -> load().loadAllProducts());

        assertThat(all.stream().filter(ours::contains).toList())
                .containsExactlyElementsOf(ours.stream()
                        .sorted(Comparator.comparing((Product p) -> p.code().value()))
                        .toList());
    }

    @Test
    void aTakenCodeOrKeyPrefixIsRefused() {
        Product product = rows().product();
        Product sameCode = Product.define(
                product.code(),
                new ProductName("Other"),
                new KeyPrefix("zzzother"),
                List.of(new Scope("read")),
                List.of());
        Product samePrefix = Product.define(
                new ProductCode(product.code().value() + "-x"),
                new ProductName("Other"),
                product.keyPrefix(),
                List.of(new Scope("read")),
                List.of());

        assertThatThrownBy(() -> ports().inTransaction(() -> save().insertProduct(sameCode)))
                .isInstanceOf(ProductAlreadyExistsException.class);
        assertThatThrownBy(() -> ports().inTransaction(() -> save().insertProduct(samePrefix)))
                .isInstanceOf(ProductAlreadyExistsException.class);
        assertThat(ports().inTransaction(() -> load().loadProduct(product.code())))
                .contains(product);
        assertThat(ports().inTransaction(() -> load().loadProduct(samePrefix.code())))
                .isEmpty();
    }
}
