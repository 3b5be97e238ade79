package dev.keysmith.application.product;

import dev.keysmith.application.port.in.product.ChangeProductUseCase;
import dev.keysmith.application.port.in.product.DefineProductUseCase;
import dev.keysmith.application.port.in.product.GetProductUseCase;
import dev.keysmith.application.port.in.product.ListProductsUseCase;
import dev.keysmith.application.port.out.LoadProductPort;
import dev.keysmith.application.port.out.SaveProductPort;
import dev.keysmith.application.port.out.TransactionPort;
import dev.keysmith.domain.product.Product;
import dev.keysmith.domain.product.ProductCode;
import java.util.List;

/** The product catalogue: operators keep it, every signed-in caller reads it. */
public final class ProductCatalogueService
        implements ListProductsUseCase, GetProductUseCase, DefineProductUseCase, ChangeProductUseCase {

    private final LoadProductPort loadProducts;
    private final SaveProductPort saveProducts;
    private final TransactionPort transactions;

    public ProductCatalogueService(LoadProductPort loadProducts, SaveProductPort saveProducts,
            TransactionPort transactions) {
        this.loadProducts = loadProducts;
        this.saveProducts = saveProducts;
        this.transactions = transactions;
    }

    @Override
    public List<Product> listProducts() {
        return loadProducts.loadAllProducts();
    }

    @Override
    public Product getProduct(ProductCode code) {
        return loadProducts.loadProduct(code).orElseThrow(() -> new ProductNotFoundException(code));
    }

    @Override
    public Product defineProduct(DefineProductCommand command) {
        Product product = Product.define(command.code(), command.name(), command.keyPrefix(), command.scopes(),
                command.defaultScopes());
        return transactions.inTransaction(() -> {
            if (loadProducts.loadProduct(product.code()).isPresent()) {
                throw new ProductAlreadyExistsException("code '" + product.code() + "'");
            }
            saveProducts.insertProduct(product);
            return product;
        });
    }

    @Override
    public Product changeProduct(ChangeProductCommand command) {
        return transactions.inTransaction(() -> {
            Product changed = getProduct(command.code())
                    .change(command.name(), command.scopes(), command.defaultScopes());
            saveProducts.updateProduct(changed);
            return changed;
        });
    }
}
