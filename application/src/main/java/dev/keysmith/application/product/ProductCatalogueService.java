package dev.keysmith.application.product;

import dev.keysmith.application.audit.AuditTrail;
import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.product.ChangeProductUseCase;
import dev.keysmith.application.port.in.product.DefineProductUseCase;
import dev.keysmith.application.port.in.product.GetProductUseCase;
import dev.keysmith.application.port.in.product.ListProductsUseCase;
import dev.keysmith.application.port.out.AccountChangedPort;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.ProductAlreadyExistsException;
import dev.keysmith.application.port.out.ProductNotFoundException;
import dev.keysmith.application.port.out.SaveProductPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.domain.audit.ActorType;
import dev.keysmith.domain.audit.AuditAction;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.UnauthenticatedException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The product catalogue: operators keep it (each change an audit event, and announced so verification sees a
 * product's current scopes), every signed-in caller reads it. Both rules are checked here, whatever the adapter.
 */
public final class ProductCatalogueService
        implements ListProductsUseCase, GetProductUseCase, DefineProductUseCase, ChangeProductUseCase {

    private final LoadProductPort loadProducts;
    private final SaveProductPort saveProducts;
    private final AccountChangedPort changes;
    private final TransactionPort transactions;
    private final AuditTrail audit;

    public ProductCatalogueService(
            LoadProductPort loadProducts,
            SaveProductPort saveProducts,
            AccountChangedPort changes,
            TransactionPort transactions,
            AuditTrail audit) {
        this.loadProducts = loadProducts;
        this.saveProducts = saveProducts;
        this.changes = changes;
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    public List<Product> listProducts(ListProductsQuery query) {
        requireSignedIn(query.caller());
        return loadProducts.loadAllProducts();
    }

    @Override
    public Product getProduct(GetProductQuery query) {
        requireSignedIn(query.caller());
        return load(query.code());
    }

    @Override
    public Product defineProduct(DefineProductCommand command) {
        command.caller().requireOperator();
        Product product = Product.define(
                command.code(), command.name(), command.keyPrefix(), command.scopes(), command.defaultScopes());
        return transactions.inTransaction(() -> {
            if (loadProducts.loadProduct(product.code()).isPresent()) {
                throw new ProductAlreadyExistsException("code '" + product.code() + "'");
            }
            saveProducts.insertProduct(product);
            audit.record(
                    command.caller(), AuditAction.PRODUCT_DEFINED, "product", product.code(), null, describe(product));
            return product;
        });
    }

    @Override
    public Product changeProduct(ChangeProductCommand command) {
        command.caller().requireOperator();
        return transactions.inTransaction(() -> {
            Product before = load(command.code());
            Product changed = before.change(command.name(), command.scopes(), command.defaultScopes());
            saveProducts.updateProduct(changed);
            Map<String, String> details = describe(changed);
            details.put("previousName", before.name().value());
            details.put("previousScopes", joined(before.scopes()));
            details.put("previousDefaultScopes", joined(before.defaultScopes()));
            audit.record(command.caller(), AuditAction.PRODUCT_CHANGED, "product", changed.code(), null, details);
            // Keys granted a scope the product no longer offers stop verifying for it.
            changes.productChanged(changed.code());
            return changed;
        });
    }

    private Product load(ProductCode code) {
        return loadProducts.loadProduct(code).orElseThrow(() -> new ProductNotFoundException(code));
    }

    /** Reading needs no role, only a caller who signed in: a person, an operator or a verifier client. */
    private static void requireSignedIn(Caller caller) {
        if (caller.type() == ActorType.ANONYMOUS) {
            throw new UnauthenticatedException("UNAUTHORIZED", "a valid bearer token is required");
        }
    }

    private static Map<String, String> describe(Product product) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("name", product.name().value());
        details.put("keyPrefix", product.keyPrefix().value());
        details.put("scopes", joined(product.scopes()));
        details.put("defaultScopes", joined(product.defaultScopes()));
        return details;
    }

    private static String joined(Collection<Scope> scopes) {
        return scopes.stream().map(Scope::value).collect(Collectors.joining(","));
    }
}
