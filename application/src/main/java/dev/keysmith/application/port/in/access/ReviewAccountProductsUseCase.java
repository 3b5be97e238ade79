package dev.keysmith.application.port.in.access;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.access.ListAccountProductsUseCase.ProductWithAccess;
import dev.keysmith.domain.account.AccountId;
import java.util.List;

/** An operator sees every product of the catalogue with one account's access state, to enable or disable it. */
public interface ReviewAccountProductsUseCase {

    List<ProductWithAccess> reviewAccountProducts(ReviewAccountProductsQuery query);

    record ReviewAccountProductsQuery(Caller caller, AccountId account) {}
}
