package dev.keysmith.application.port.in.access;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.Product;
import java.util.List;

/** An ADMIN sees every product of the catalogue with the account's access state. */
public interface ListAccountProductsUseCase {

    List<ProductWithAccess> listAccountProducts(ListAccountProductsQuery query);

    record ListAccountProductsQuery(Caller caller, AccountId account) {}

    record ProductWithAccess(Product product, ProductAccess access) {}
}
