package dev.keysmith.application.product;

import static dev.keysmith.domain.audit.AuditAction.PRODUCT_CHANGED;
import static dev.keysmith.domain.audit.AuditAction.PRODUCT_DEFINED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.product.ChangeProductUseCase.ChangeProductCommand;
import dev.keysmith.application.port.in.product.DefineProductUseCase.DefineProductCommand;
import dev.keysmith.application.port.in.product.GetProductUseCase.GetProductQuery;
import dev.keysmith.application.port.in.product.ListProductsUseCase.ListProductsQuery;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.ProductAlreadyExistsException;
import dev.keysmith.application.port.out.ProductNotFoundException;
import dev.keysmith.application.port.out.SaveProductPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.application.support.World;
import dev.keysmith.domain.audit.AuditEvent;
import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.PermissionDeniedException;
import dev.keysmith.domain.shared.UnauthenticatedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ProductCatalogueServiceTest {

    private final InMemoryProducts products = new InMemoryProducts();
    private final CountingTransactions transactions = new CountingTransactions();
    private final World world = new World();
    private final Caller operator = World.as(world.operator());
    private final ProductCatalogueService service =
            new ProductCatalogueService(products, products, world.store, transactions, world.audit);

    private DefineProductCommand payments() {
        return new DefineProductCommand(
                operator,
                new ProductCode("payments"),
                new ProductName("Payments"),
                new KeyPrefix("pay"),
                Set.of(new Scope("read"), new Scope("write")),
                Set.of(new Scope("read")));
    }

    @Test
    void definesAndListsProducts() {
        service.defineProduct(payments());

        assertThat(service.listProducts(new ListProductsQuery(operator)))
                .extracting(p -> p.code().value())
                .containsExactly("payments");
        assertThat(service.getProduct(new GetProductQuery(operator, new ProductCode("payments")))
                        .keyPrefix()
                        .value())
                .isEqualTo("pay");
        assertThat(transactions.count).isEqualTo(1);
    }

    @Test
    void refusesADuplicateCode() {
        service.defineProduct(payments());

        assertThatThrownBy(() -> service.defineProduct(payments()))
                .isInstanceOf(ProductAlreadyExistsException.class)
                .extracting(e -> ((ProductAlreadyExistsException) e).code())
                .isEqualTo("PRODUCT_ALREADY_EXISTS");
        assertThat(products.saved).hasSize(1);
    }

    @Test
    void unknownProductIsNotFound() {
        assertThatThrownBy(() -> service.getProduct(new GetProductQuery(operator, new ProductCode("nope"))))
                .isInstanceOf(ProductNotFoundException.class);
        assertThatThrownBy(() -> service.changeProduct(
                        new ChangeProductCommand(operator, new ProductCode("nope"), null, null, null)))
                .isInstanceOf(ProductNotFoundException.class);
    }

    @Test
    void changesNameAndScopes() {
        service.defineProduct(payments());

        Product changed = service.changeProduct(new ChangeProductCommand(
                operator,
                new ProductCode("payments"),
                new ProductName("Card payments"),
                Set.of(new Scope("read"), new Scope("refund")),
                null));

        assertThat(changed.name().value()).isEqualTo("Card payments");
        assertThat(products.loadProduct(new ProductCode("payments")).orElseThrow())
                .isEqualTo(changed);
        assertThat(changed.defaultScopes()).extracting(Scope::value).containsExactly("read");
    }

    @Test
    void aChangeThatBreaksAnInvariantChangesNothing() {
        service.defineProduct(payments());
        Product before = products.loadProduct(new ProductCode("payments")).orElseThrow();

        assertThatThrownBy(() -> service.changeProduct(new ChangeProductCommand(
                        operator, new ProductCode("payments"), null, null, Set.of(new Scope("admin")))))
                .isInstanceOf(InvalidValueException.class);
        assertThat(products.loadProduct(new ProductCode("payments")).orElseThrow())
                .isEqualTo(before);
    }

    @Test
    void onlyOperatorsKeepTheCatalogue() {
        Caller someone = World.as(world.person("482913"));
        service.defineProduct(payments());

        assertThatThrownBy(() -> service.defineProduct(new DefineProductCommand(
                        someone,
                        new ProductCode("sms"),
                        new ProductName("SMS"),
                        new KeyPrefix("sms"),
                        Set.of(new Scope("send")),
                        null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.changeProduct(new ChangeProductCommand(
                        someone, new ProductCode("payments"), new ProductName("Mine"), null, null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(products.saved).hasSize(1);
        assertThat(products.loadProduct(new ProductCode("payments"))
                        .orElseThrow()
                        .name()
                        .value())
                .isEqualTo("Payments");
        assertThat(world.store.events).extracting(AuditEvent::action).containsExactly(PRODUCT_DEFINED);
    }

    @Test
    void everyoneSignedInReadsTheCatalogueButNoOneAnonymous() {
        service.defineProduct(payments());
        ProductCode code = new ProductCode("payments");
        Caller person = World.as(world.person("482913"));
        Caller backend = Caller.verifier("vc_abcdefghijklmnop", Set.of(code), "192.0.2.7");
        Caller anonymous = Caller.anonymous("192.0.2.9");

        for (Caller reader : List.of(person, backend, operator)) {
            assertThat(service.listProducts(new ListProductsQuery(reader)))
                    .extracting(Product::code)
                    .containsExactly(code);
            assertThat(service.getProduct(new GetProductQuery(reader, code)).code())
                    .isEqualTo(code);
        }
        assertThatThrownBy(() -> service.listProducts(new ListProductsQuery(anonymous)))
                .isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> service.getProduct(new GetProductQuery(anonymous, code)))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void definingAndChangingAreAuditedAndAChangeIsAnnounced() {
        service.defineProduct(payments());
        service.changeProduct(
                new ChangeProductCommand(operator, new ProductCode("payments"), null, Set.of(new Scope("read")), null));

        assertThat(world.store.events).extracting(AuditEvent::action).containsExactly(PRODUCT_DEFINED, PRODUCT_CHANGED);
        assertThat(world.store.events).allSatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(operator.id());
            assertThat(e.targetType()).isEqualTo("product");
            assertThat(e.targetId()).isEqualTo("payments");
            assertThat(e.accountId()).isNull();
        });
        assertThat(world.store.events.get(1).details())
                .containsEntry("scopes", "read")
                .containsEntry("previousScopes", "read,write");
        assertThat(world.store.notifications).containsExactly("product:payments");
    }

    static final class InMemoryProducts implements LoadProductPort, SaveProductPort {
        final Map<String, Product> byCode = new TreeMap<>();
        final List<Product> saved = new ArrayList<>();

        @Override
        public Optional<Product> loadProduct(ProductCode code) {
            return Optional.ofNullable(byCode.get(code.value()));
        }

        @Override
        public List<Product> loadAllProducts() {
            return List.copyOf(byCode.values());
        }

        @Override
        public void insertProduct(Product product) {
            byCode.put(product.code().value(), product);
            saved.add(product);
        }

        @Override
        public void updateProduct(Product product) {
            byCode.put(product.code().value(), product);
        }
    }

    static final class CountingTransactions implements TransactionPort {
        int count;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            count++;
            return work.get();
        }
    }
}
