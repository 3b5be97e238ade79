package dev.keysmith.application.port.in.access;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.access.AccessState;
import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.product.ProductCode;
import java.util.List;
import java.util.UUID;

/** Operators review access requests and enable or disable products for accounts directly. */
public interface DecideProductAccessUseCase {

    List<ProductAccess> listRequests(Caller caller, AccessState state);

    ProductAccess approve(Caller caller, UUID requestId);

    ProductAccess deny(Caller caller, UUID requestId);

    ProductAccess enable(Caller caller, AccountId account, ProductCode product);

    ProductAccess disable(Caller caller, AccountId account, ProductCode product);
}
